"""Kill -9 during synchronous saves (run by scripts/crash-test after the queue crash test).

Several clients save products with plain `POST /V1/products` and record every save the server
acknowledged with 200; the server is SIGKILLed mid-stream, restarted on the same file, and every
acknowledged save must be there with the price it was acknowledged with (issue 16: keep a test).
Reuses crash_test's server helpers (binary path from argv, a fresh SQLite file, a free port).
"""
import signal
import sys
import threading
import time
import urllib.error

import crash_test as server

CLIENTS = 16
SECONDS_BEFORE_KILL = 3.0


def main() -> int:
    process = server.start()
    _, token = server.call("POST", "/rest/V1/integration/admin/token",
                           body={"username": "admin", "password": server.PASSWORD})
    acknowledged: dict[str, int] = {}
    lock = threading.Lock()
    stop = threading.Event()

    def client(number: int) -> None:
        sequence = 0
        while not stop.is_set():
            sequence += 1
            sku = f"SYNC-{number:02d}-{sequence:06d}"
            price = 1 + (number * 7919 + sequence) % 9973
            try:
                status, _ = server.call("POST", "/rest/all/V1/products", token,
                                        {"product": {"sku": sku, "name": sku, "price": price}}, timeout=10)
            except (OSError, urllib.error.URLError):
                return  # the server died under us: this save was never acknowledged
            if status == 200:
                with lock:
                    acknowledged[sku] = price

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    time.sleep(SECONDS_BEFORE_KILL)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stop.set()
    for thread in threads:
        thread.join()
    print(f"SIGKILL after {len(acknowledged)} acknowledged synchronous saves from {CLIENTS} clients")

    process = server.start()
    missing, wrong = [], []
    for sku, price in sorted(acknowledged.items()):
        try:
            _, product = server.call("GET", f"/rest/all/V1/products/{sku}", token)
        except urllib.error.HTTPError:
            missing.append(sku)
            continue
        if product.get("price") != price:
            wrong.append(f"{sku}: {product.get('price')} != {price}")
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)
    for sku in missing[:20]:
        print("FAIL missing", sku)
    for line in wrong[:20]:
        print("FAIL price", line)
    passed = not missing and not wrong and acknowledged
    print("sync save crash test passed: every acknowledged save survived SIGKILL" if passed
          else f"sync save crash test FAILED ({len(missing)} missing, {len(wrong)} wrong)")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
