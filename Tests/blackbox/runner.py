"""The black-box scripts' runner: every `test_*` function in a namespace, a line each, then
"N passed, N failed". No client library is imported here, so scripts in other virtual
environments (my_magento/) use it too."""
import traceback


def run_tests(namespace: dict) -> int:
    tests = [(name, fn) for name, fn in sorted(namespace.items()) if name.startswith("test_") and callable(fn)]
    passed = failed = 0
    for name, fn in tests:
        try:
            fn()
            passed += 1
            print(f"ok   {name}")
        except Exception:  # noqa: BLE001 - report every failure, keep going
            failed += 1
            print(f"FAIL {name}")
            traceback.print_exc()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0
