"""Shared set-up for the black-box scripts: the server's URL, an admin token, and a runner.

Plain asserts; the runner prints one line per test and ends with "N passed, N failed".
"""
import os

from magento import Magento

from runner import run_tests  # noqa: F401 - the scripts import it from here

BASE_URL = os.environ["MAGPIE_URL"]
PASSWORD = os.environ["MAGPIE_ADMIN_PASSWORD"]


def admin_token() -> str:
    # pymagento takes a token but has no login call: use its own request path to get one.
    anonymous = Magento(token="none", base_url=BASE_URL, scope="default")
    response = anonymous.request_api(
        "POST", "/V1/integration/admin/token", json={"username": "admin", "password": PASSWORD}
    )
    assert response.status_code == 200, response.text
    token = response.json()
    assert isinstance(token, str) and token.count(".") == 2, token
    return token


TOKEN = admin_token()


def client(scope: str = "default") -> Magento:
    return Magento(token=TOKEN, base_url=BASE_URL, scope=scope)
