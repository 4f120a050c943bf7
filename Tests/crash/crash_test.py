"""Kill -9 crash test for the operation queue (run by scripts/crash-test).

Starts the release server on a fresh SQLite file, posts one async bulk of N product creates,
SIGKILLs the server once part of it is applied, restarts it, waits for the bulk to finish, and
checks the database directly: every accepted operation applied exactly once.
"""
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

BINARY = sys.argv[1]
N = int(os.environ.get("CRASH_OPERATIONS", "100000"))
# `--no-kill` measures bulk throughput only (scripts/bench): no crash, no restart.
KILL = "--no-kill" not in sys.argv
PASSWORD = "crash-test-password"
WORK = tempfile.mkdtemp()
DATABASE = os.path.join(WORK, "crash.sqlite")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PORT = free_port()
BASE = f"http://127.0.0.1:{PORT}"


def start() -> subprocess.Popen:
    env = dict(os.environ, MAGPIE_ADMIN_PASSWORD=PASSWORD, MAGPIE_CATALOG="none", MAGPIE_RATE_LIMITS="off",
               MAGPIE_AUDIT="off", MAGPIE_OPERATION_LEASE_SECONDS="2", MAGPIE_MEDIA_DIR=os.path.join(WORK, "media"),
               LOG_LEVEL="warning")
    log = open(os.path.join(WORK, "server.log"), "ab")
    server = subprocess.Popen([BINARY, "serve", "--port", str(PORT), "--database", DATABASE, "--no-demo"],
                              env=env, stdout=log, stderr=log)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            urllib.request.urlopen(BASE + "/health", timeout=1)
            return server
        except OSError:
            time.sleep(0.05)
    raise SystemExit("server did not start")


def call(method: str, path: str, token: str | None = None, body=None, timeout: float = 120):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status, json.loads(response.read() or b"null")


def completed(token: str, bulk: str) -> int:
    _, count = call("GET", f"/rest/V1/bulk/{bulk}/operation-status/1", token)
    return int(count)


def main() -> int:
    server = start()
    _, token = call("POST", "/rest/V1/integration/admin/token", body={"username": "admin", "password": PASSWORD})
    body = json.dumps([{"product": {"sku": f"CT-{i:06d}", "name": f"Crash test {i}", "price": 1 + i % 97}}
                       for i in range(N)]).encode()
    started = time.time()
    status, accepted = call("POST", "/rest/all/async/bulk/V1/products", token, body)
    accept_seconds = time.time() - started
    assert status == 202 and not accepted["errors"], accepted
    assert len(accepted["request_items"]) == N
    bulk = accepted["bulk_uuid"]
    print(f"accepted {N} operations in {accept_seconds:.2f} s (202 after they were stored)")

    apply_started = time.time()
    if KILL:
        # Let part of the bulk apply, then kill the server without warning.
        target = max(1, N // 5)
        while completed(token, bulk) < target:
            time.sleep(0.2)
        before_kill = completed(token, bulk)
        server.send_signal(signal.SIGKILL)
        server.wait()
        print(f"SIGKILL after {before_kill} operations recorded complete ({time.time() - apply_started:.1f} s)")
        server = start()
    restarted = time.time()
    while completed(token, bulk) < N:
        time.sleep(0.5)
        if time.time() - restarted > 1800:
            raise SystemExit("the bulk did not finish within 30 minutes of the restart")
    total = time.time() - apply_started
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=30)

    db = sqlite3.connect(DATABASE)
    products = db.execute("SELECT COUNT(*) FROM catalog_product WHERE sku LIKE 'CT-%'").fetchone()[0]
    created = db.execute("SELECT COUNT(*), COUNT(DISTINCT entity_id) FROM magpie_event "
                         "WHERE event_type = 'product.created' AND entity_id LIKE 'CT-%'").fetchone()
    updated = db.execute("SELECT COUNT(*) FROM magpie_event WHERE event_type = 'product.updated' "
                         "AND entity_id LIKE 'CT-%'").fetchone()[0]
    open_ops = db.execute("SELECT COUNT(*) FROM magento_operation WHERE status <> 1").fetchone()[0]
    replayed = db.execute("SELECT COUNT(*) FROM magento_operation "
                          "WHERE result_message LIKE '%applied before a restart%'").fetchone()[0]
    applied = db.execute("SELECT COUNT(*) FROM magpie_operation_applied").fetchone()[0]
    if KILL:
        print(f"applied {N} operations in {total:.1f} s in all ({N / total:.0f} operations/s, restart included); "
              f"{replayed} were in flight at the kill and found already applied")
    else:
        print(f"applied {N} product saves in {total:.1f} s ({N / total:.0f} products/s)")
    problems = []
    if products != N:
        problems.append(f"{products} products, expected {N}")
    if created != (N, N):
        problems.append(f"product.created events: {created[0]} for {created[1]} SKUs, expected {N} for {N}")
    if updated:
        problems.append(f"{updated} product.updated events: some operation was applied twice")
    if open_ops:
        problems.append(f"{open_ops} operations not complete")
    if applied != N:
        problems.append(f"{applied} applied marks, expected {N}")
    for problem in problems:
        print("FAIL", problem)
    print("crash test passed: every accepted operation applied exactly once" if not problems else "crash test FAILED")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
