"""Black-box test of sandboxes: a small pymagento connector suite run by two parallel workers,
each in its own sandbox (reached through the /sandbox/<name> URL prefix, as a client that cannot
set headers would), the store reset to a snapshot before every test, and checks that nothing
one worker does reaches the other or the main store. Run by scripts/blackbox.
"""
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import requests
from magento import Magento

from support import BASE_URL, PASSWORD, TOKEN, run_tests

SNAPSHOT = "bb-sandbox-base"
WORKERS = ["bb-w0", "bb-w1"]
ROUNDS = 3
MAIN = {"Authorization": f"Bearer {TOKEN}"}


class SandboxWorker:
    """One test worker: its sandbox, an admin token taken there, and pymagento pointed at it."""

    def __init__(self, name: str):
        self.name = name
        self.url = f"{BASE_URL}/sandbox/{name}"
        # The first request creates the sandbox from the snapshot (the header names which).
        response = requests.post(f"{self.url}/rest/V1/integration/admin/token", timeout=30,
                                 json={"username": "admin", "password": PASSWORD},
                                 headers={"X-Magpie-Sandbox-Snapshot": SNAPSHOT})
        assert response.status_code == 200, response.text
        self.token = response.json()
        self.magento = Magento(token=self.token, base_url=self.url, scope="all")

    def call(self, method: str, path: str, **kwargs) -> requests.Response:
        return requests.request(method, f"{self.url}/rest/V1/{path}", timeout=30,
                                headers={"Authorization": f"Bearer {self.token}"}, **kwargs)

    def reset(self) -> None:
        response = self.call("POST", f"magpie/snapshots/{SNAPSHOT}/restore")
        assert response.status_code == 200 and response.json() is True, response.text


def connector_suite(worker: SandboxWorker, index: int, barrier: threading.Barrier) -> list:
    """The worker's tests, each after a reset; returns what it saw, for the cross-talk checks."""
    seen = []
    for round_number in range(ROUNDS):
        worker.reset()
        barrier.wait(timeout=60)  # both workers write at the same time
        price = 10 + index * 100 + round_number
        saved = worker.magento.save_product({"sku": "BB-SANDBOX", "name": f"{worker.name} {round_number}",
                                            "price": price, "type_id": "simple", "attribute_set_id": 4})
        assert saved["price"] == price, saved
        barrier.wait(timeout=60)  # both products exist now, one per sandbox
        read = worker.magento.get_product("BB-SANDBOX")
        seen.append((read["name"], read["price"]))
        # The clock too is the worker's own: frozen an hour (or two) ahead, stamped on its writes.
        frozen = worker.call("PUT", "magpie/clock", json={"action": "freeze"}).json()
        ahead = worker.call("PUT", "magpie/clock", json={"action": "advance", "seconds": 3600 * (index + 1)}).json()
        assert frozen["mode"] == "frozen" and ahead["mode"] == "frozen", (frozen, ahead)
        updated = worker.magento.update_product("BB-SANDBOX", {"price": price + 1})
        assert updated["updated_at"] == ahead["now"], (updated["updated_at"], ahead)
        worker.call("PUT", "magpie/clock", json={"action": "real"})
    worker.reset()
    assert worker.magento.get_product("BB-SANDBOX") is None
    return seen


def test_two_workers_in_sandboxes_never_see_each_other():
    response = requests.post(f"{BASE_URL}/rest/V1/magpie/snapshots", json={"name": SNAPSHOT}, headers=MAIN, timeout=30)
    assert response.status_code == 200, response.text
    try:
        workers = [SandboxWorker(name) for name in WORKERS]
        barrier = threading.Barrier(len(workers))
        with ThreadPoolExecutor(max_workers=len(workers)) as pool:
            futures = [pool.submit(connector_suite, worker, index, barrier) for index, worker in enumerate(workers)]
            results = [future.result(timeout=300) for future in futures]
        for index, worker in enumerate(workers):
            # Each worker read back only its own product, every round, after the other had written.
            assert results[index] == [(f"{worker.name} {n}", 10 + index * 100 + n) for n in range(ROUNDS)], results
        # A token from one sandbox opens neither the other nor the main store.
        other = requests.get(f"{workers[1].url}/rest/V1/modules", headers={"Authorization": f"Bearer {workers[0].token}"}, timeout=30)
        assert other.status_code == 401, other.text
        main = requests.get(f"{BASE_URL}/rest/V1/products/BB-SANDBOX", headers=MAIN, timeout=30)
        assert main.status_code == 404, main.text
        listed = requests.get(f"{BASE_URL}/rest/V1/magpie/sandboxes", headers=MAIN, timeout=30).json()
        assert [entry["name"] for entry in listed] == WORKERS, listed
        assert all(entry["snapshot"] == SNAPSHOT for entry in listed), listed
    finally:
        for name in WORKERS:
            requests.delete(f"{BASE_URL}/rest/V1/magpie/sandboxes/{name}", headers=MAIN, timeout=30)
        requests.delete(f"{BASE_URL}/rest/V1/magpie/snapshots/{SNAPSHOT}", headers=MAIN, timeout=30)
    assert requests.get(f"{BASE_URL}/rest/V1/magpie/sandboxes", headers=MAIN, timeout=30).json() == []


if __name__ == "__main__":
    sys.exit(run_tests(globals()))
