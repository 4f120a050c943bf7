"""Black-box tests of fault injection: rules set through the admin route of a running Magpie,
observed with plain `requests` as a connector would see them.

Run by scripts/blackbox (which starts the server and sets MAGPIE_URL and MAGPIE_ADMIN_PASSWORD).
Every test leaves the server with no rules. Plain asserts; the last line is "N passed, N failed".
"""
import sys

import requests

from support import BASE_URL, TOKEN, run_tests

FAULTS = f"{BASE_URL}/rest/V1/magpie/faults"
TARGET = f"{BASE_URL}/rest/V1/directory/countries/DE"
ADMIN = {"Authorization": f"Bearer {TOKEN}"}


def put_faults(faults: dict) -> dict:
    response = requests.put(FAULTS, json={"faults": faults}, headers=ADMIN, timeout=10)
    assert response.status_code == 200, response.text
    return response.json()


def clear_faults() -> None:
    response = requests.delete(FAULTS, headers=ADMIN, timeout=10)
    assert response.status_code == 200, response.text
    assert response.json() is True


def flaky_rules(seed: int) -> dict:
    return {
        "seed": seed,
        "rules": [
            {"name": "bb-503", "path": "/V1/directory/countries*", "rate": 0.3, "action": "status", "status": 503},
            {"name": "bb-429", "path": "/V1/directory/countries*", "rate": 0.2, "action": "rate_limit", "retry_after": 2},
        ],
    }


def statuses(count: int) -> list:
    # The admin token keeps the real limiter's bucket (1000) out of the way of the injected 429s.
    return [requests.get(TARGET, headers=ADMIN, timeout=10).status_code for _ in range(count)]


def test_503_and_429_rates_roughly_match_the_rules():
    clear_faults()
    put_faults(flaky_rules(7))
    count = 400
    seen = []
    for _ in range(count):
        response = requests.get(TARGET, headers=ADMIN, timeout=10)
        seen.append(response.status_code)
        if response.status_code == 503:
            assert response.json() == {"message": "Service Unavailable"}, response.text
        elif response.status_code == 429:
            assert response.json() == {"message": "Too Many Requests", "trace": None}, response.text
            assert response.headers["Retry-After"] == "2"
            assert response.headers["X-RateLimit-Remaining"] == "0"
        else:
            assert response.status_code == 200, response.text
    unavailable, limited = seen.count(503) / count, seen.count(429) / count
    # Rule 2 only sees what rule 1 let through: 0.7 × 0.2 = 0.14.
    assert abs(unavailable - 0.30) < 0.08, unavailable
    assert abs(limited - 0.14) < 0.07, limited
    report = requests.get(FAULTS, headers=ADMIN, timeout=10).json()
    assert [rule["fired"] for rule in report["rules"]] == [seen.count(503), seen.count(429)]
    assert report["rules"][0]["matched"] == count
    clear_faults()


def test_the_same_seed_repeats_the_same_sequence():
    clear_faults()
    put_faults(flaky_rules(11))
    first = statuses(100)
    put_faults(flaky_rules(11))
    assert statuses(100) == first
    put_faults(flaky_rules(12))
    assert statuses(100) != first
    clear_faults()


def test_delete_restores_normal_answers():
    put_faults({"rules": [{"action": "status", "status": 500}]})
    assert requests.get(TARGET, headers=ADMIN, timeout=10).status_code == 500
    clear_faults()
    assert set(statuses(50)) == {200}
    assert requests.get(FAULTS, headers=ADMIN, timeout=10).json() == {"seed": 0, "rules": []}


def test_bad_rules_are_a_400_and_guests_are_refused():
    response = requests.put(FAULTS, json={"faults": {"rules": [{"action": "status", "status": 404}]}}, headers=ADMIN, timeout=10)
    assert response.status_code == 400
    assert response.json()["message"] == "Invalid fault rules: %1"
    assert requests.get(FAULTS, timeout=10).status_code == 401


if __name__ == "__main__":
    sys.exit(run_tests(globals()))
