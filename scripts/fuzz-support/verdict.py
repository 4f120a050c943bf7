"""Reads schemathesis's output and decides whether the run found a defect of ours.

Fatal: any check failure (a 5xx, a response breaking its declared schema, ...), and any error that
points at the server (a network error or timeout, an unresponsive operation, an unhealthy API).
Not fatal, but printed in full: "Runtime Error", the title schemathesis gives an exception inside
its own engine. One such error failed a CI run once, in the coverage phase; its traceback, caught
on the next run, is hypothesis describing a filter lambda (`SystemError: AST constructor recursion
depth mismatch` from `ast.parse`, with two workers), before any request is sent. A fuzzer's own
bug must not decide whether our build lands, and printing its traceback keeps it visible. Prints the ERRORS and FAILURES sections when present.
Usage: verdict.py FUZZ_LOG SCHEMATHESIS_EXIT_STATUS"""
import re
import sys

log = open(sys.argv[1], encoding="utf-8", errors="replace").read()
status = int(sys.argv[2])


def section(name: str) -> str:
    """The text of a `==== NAME ====` section, up to the next such heading."""
    match = re.search(rf"^=+ {name} =+$(.*?)(?=^=+ [A-Z][A-Z ]+ =+$|\Z)", log, re.M | re.S)
    return match.group(1).strip() if match else ""


for name in ("FAILURES", "ERRORS"):
    text = section(name)
    if text:
        print(f"== schemathesis {name.lower()}")
        # Some tracebacks quote a whole module's source on one line: keep lines readable.
        print("\n".join(line if len(line) <= 600 else line[:600] + " …(cut)" for line in text.splitlines()))

errors = dict((title.strip(), int(count)) for title, count in re.findall(r"🚫 ([^:\n]+): (\d+)", log))
failures = re.search(r"(\d+) found (\d+) unique failure", log)
engine_only = {"Runtime Error"}

fatal = []
if failures:
    fatal.append(f"{failures.group(2)} unique failures")
fatal += [f"{count} × {title}" for title, count in errors.items() if title not in engine_only]
if status != 0 and not errors and not failures:
    fatal.append(f"schemathesis exited {status} without a summary")

for title, count in errors.items():
    if title in engine_only:
        print(f"note: {count} × {title} inside schemathesis's engine (printed above), not counted as ours")
if fatal:
    print("fuzzing found: " + "; ".join(fatal))
    sys.exit(1)
print("fuzzing found no failure")
