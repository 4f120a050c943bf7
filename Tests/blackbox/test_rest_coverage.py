"""The REST coverage report: scripts/rest-coverage against the running release binary.

Prints the coverage of Magento 2.4.7's core and MSI operations (with each missing one), and fails
when an operation that docs/reference/magento-rest-operations.tsv marks as served is gone.
"""
import subprocess
import sys
import uuid

from support import BASE_URL, TOKEN, client, run_tests

PASSWORD = "Coverage-pass1"


def customer_token() -> str:
    email = f"coverage-{uuid.uuid4().hex[:8]}@example.com"
    m = client()
    created = m.request_api("POST", "/V1/customers", json={"customer": {"email": email, "firstname": "Cover", "lastname": "Age"}, "password": PASSWORD})
    assert created.status_code == 200, created.text
    token = m.request_api("POST", "/V1/integration/customer/token", json={"username": email, "password": PASSWORD})
    assert token.status_code == 200, token.text
    return token.json()


def test_every_operation_served_before_is_still_served():
    result = subprocess.run(
        [sys.executable, "scripts/rest-coverage", "--url", BASE_URL, "--token", TOKEN, "--token", customer_token(), "--baseline"],
        capture_output=True, text=True, timeout=120,
    )
    print(result.stdout, end="")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("REST coverage of Magento 2.4.7 core + MSI: "), result.stdout


if __name__ == "__main__":
    sys.exit(run_tests(globals()))
