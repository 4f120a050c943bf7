"""The web console in a real browser: Debian's Chromium driven by Selenium (PyPI) against a
running Magpie.

Signs in, creates an integration and uses its token over REST, retries a failed bulk operation,
redelivers a webhook to a receiver on 127.0.0.1, finds that call in the audit log, and writes a
screenshot of each page to MAGPIE_SCREENSHOT_DIR (a temporary folder when unset).

Chromium missing is a failure, not a skip: CI installs chromium and chromium-driver.
Run by scripts/blackbox (which starts the server and sets MAGPIE_URL and MAGPIE_ADMIN_PASSWORD).
The tests run in name order and share one browser, as one operator's session would.
"""
import http.server
import os
import shutil
import sys
import tempfile
import threading
import time
import uuid

import requests
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.wait import WebDriverWait

from support import BASE_URL, PASSWORD, TOKEN, run_tests

ADMIN = {"Authorization": f"Bearer {TOKEN}"}
SHOTS = os.environ.get("MAGPIE_SCREENSHOT_DIR") or tempfile.mkdtemp(prefix="magpie-console-")
os.makedirs(SHOTS, exist_ok=True)


def chromium_paths() -> tuple:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    assert browser and driver, "Chromium and chromedriver are required (apt-get install chromium chromium-driver)"
    return browser, driver


def start_browser() -> webdriver.Chrome:
    browser, driver = chromium_paths()
    options = Options()
    options.binary_location = browser
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1360,1000"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(driver), options=options)


BROWSER = start_browser()
STATE: dict = {}


class Receiver(http.server.BaseHTTPRequestHandler):
    """A webhook endpoint on 127.0.0.1 that records what it is sent."""

    received: list = []

    def do_POST(self):  # noqa: N802 - http.server's name
        length = int(self.headers.get("Content-Length", "0"))
        Receiver.received.append({"headers": dict(self.headers), "body": self.rfile.read(length).decode()})
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def page(path: str):
    BROWSER.get(BASE_URL + path)


def heading() -> str:
    return BROWSER.find_element(By.TAG_NAME, "h1").text


def shoot(name: str) -> None:
    # The whole page, not the window: tall tables are what the screenshots are for.
    height = BROWSER.execute_script("return document.body.scrollHeight")
    BROWSER.set_window_size(1360, min(max(height + 40, 700), 4000))
    BROWSER.save_screenshot(os.path.join(SHOTS, f"{name}.png"))
    BROWSER.set_window_size(1360, 1000)


def click(element, navigates: bool = True) -> None:
    # Into the middle of the window first: a long form or a scrolled box can leave it under another element.
    BROWSER.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    before = BROWSER.find_element(By.TAG_NAME, "html")
    element.click()
    if navigates:
        # A form post does not always block the driver: wait until the next page replaced this one.
        WebDriverWait(BROWSER, 15).until(lambda _driver: replaced(before))


def replaced(element) -> bool:
    """True once `element`'s page is gone. Caught mid-navigation, Chrome may report the node as
    detached from the document rather than stale: that is the same answer."""
    try:
        element.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise


def submit(form_selector: str, fields: dict) -> None:
    form = BROWSER.find_element(By.CSS_SELECTOR, form_selector)
    for name, value in fields.items():
        field = form.find_element(By.NAME, name)
        field.clear()
        field.send_keys(value)
    click(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))


def wait_for(condition, what: str, seconds: float = 15):
    deadline = time.time() + seconds
    while time.time() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what}")


def test_01_sign_in_opens_the_dashboard():
    page("/admin/")
    assert BROWSER.current_url.endswith("/admin/login"), BROWSER.current_url
    shoot("01-sign-in")
    submit("form[action='/admin/login']", {"username": "admin", "password": PASSWORD})
    assert heading() == "Dashboard", heading()
    assert "products" in BROWSER.page_source
    shoot("02-dashboard")


def test_02_an_integration_created_in_the_console_works_over_rest():
    page("/admin/integrations")
    form = BROWSER.find_element(By.ID, "new-integration")
    form.find_element(By.NAME, "name").send_keys(f"Browser ERP {uuid.uuid4().hex[:6]}")
    click(form.find_element(By.CSS_SELECTOR, "input[value='Magento_Catalog::products']"), navigates=False)
    shoot("03-integrations")
    click(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert len(BROWSER.find_element(By.ID, "consumer-key").text) == 32
    click(BROWSER.find_element(By.ID, "activate"))
    token = BROWSER.find_element(By.ID, "access-token").text
    shoot("04-integration-credentials")
    products = requests.get(
        f"{BASE_URL}/rest/V1/products", params={"searchCriteria[pageSize]": 1},
        headers={"Authorization": f"Bearer {token}"}, timeout=10,
    )
    assert products.status_code == 200, products.text
    orders = requests.get(
        f"{BASE_URL}/rest/V1/orders", params={"searchCriteria[pageSize]": 1},
        headers={"Authorization": f"Bearer {token}"}, timeout=10,
    )
    assert orders.status_code == 401, orders.text


def test_03_a_failed_bulk_operation_is_retried():
    code = f"br{uuid.uuid4().hex[:8]}"
    reply = requests.post(
        f"{BASE_URL}/rest/async/bulk/V1/inventory/sources", headers=ADMIN, timeout=10,
        json=[{"source": {"source_code": code, "name": "Browser", "country_id": "DE", "postcode": "10115"}},
              {"source": {"source_code": "bad code"}}],
    )
    assert reply.status_code == 202, reply.text
    bulk = reply.json()["bulk_uuid"]

    def failed_count():
        status = requests.get(f"{BASE_URL}/rest/V1/bulk/{bulk}/operation-status/3", headers=ADMIN, timeout=10)
        return status.json() == 1

    wait_for(failed_count, "the worker to fail the bad operation")
    page("/admin/bulks")
    assert bulk in BROWSER.page_source
    shoot("05-bulk-actions")
    page(f"/admin/bulks/{bulk}")
    assert "Validation Failed" in BROWSER.page_source
    click(BROWSER.find_element(By.CSS_SELECTOR, "button.retry"))
    notice = BROWSER.find_elements(By.CSS_SELECTOR, ".notice, .problem")
    assert notice and "queued again" in notice[0].text, [element.text for element in notice]
    shoot("06-bulk-operations")
    # The worker runs it again: the bad source fails again, which shows the retry really ran.
    wait_for(failed_count, "the retried operation to run")


def test_04_a_webhook_is_redelivered_to_a_local_receiver():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    STATE["receiver"] = server
    page("/admin/webhooks")
    submit("#new-webhook", {
        "name": "Browser receiver", "url": f"http://127.0.0.1:{server.server_port}/hook", "topics": "webhook.test",
    })
    assert heading().startswith("Webhook"), heading()
    click(BROWSER.find_element(By.XPATH, "//button[text()='Send a test']"))
    wait_for(lambda: len(Receiver.received) >= 1, "the test delivery")
    assert "Magpie-Signature" in Receiver.received[0]["headers"], Receiver.received[0]["headers"]

    def delivered_row():
        BROWSER.refresh()
        return "delivered" in BROWSER.page_source and BROWSER.find_elements(By.CSS_SELECTOR, "button.redeliver")

    wait_for(delivered_row, "the delivery log to show the delivery")
    shoot("07-webhook-deliveries")
    subscription = BROWSER.current_url
    click(BROWSER.find_element(By.CSS_SELECTOR, "a[href*='/deliveries/']"))
    assert "Magpie-Delivery-Id" in BROWSER.page_source
    assert '"event_type":"webhook.test"' in BROWSER.find_element(By.ID, "delivery-body").text
    shoot("15-webhook-delivery")
    BROWSER.get(subscription)
    click(BROWSER.find_element(By.CSS_SELECTOR, "button.redeliver"))
    notice = BROWSER.find_elements(By.CSS_SELECTOR, ".notice, .problem")
    assert notice and "sent again" in notice[0].text, [element.text for element in notice]
    wait_for(lambda: len(Receiver.received) >= 2, "the redelivery")
    assert Receiver.received[1]["body"] == Receiver.received[0]["body"], Receiver.received
    page("/admin/webhooks")
    shoot("08-webhooks")
    server.shutdown()


def test_05_the_redelivery_is_in_the_audit_log():
    def found():
        page("/admin/audit?method=POST&path=redeliver")
        return "/redeliver" in BROWSER.page_source and "No calls match." not in BROWSER.page_source

    wait_for(found, "the redelivery in the audit log")
    shoot("09-audit-log")
    csv = BROWSER.find_element(By.LINK_TEXT, "Export CSV").get_attribute("href")
    assert "/admin/audit.csv?" in csv and "path=redeliver" in csv, csv


def test_06_every_other_page_renders():
    for path, title, name in [
        ("/admin/events", "Change feed", "10-change-feed"),
        ("/admin/faults", "Fault injection", "11-faults"),
        ("/admin/config", "Configuration", "12-configuration"),
    ]:
        page(path)
        assert heading() == title, heading()
        shoot(name)
    page("/admin/explorer")
    assert heading() == "API explorer"
    # The operation sits in a closed <details>; a script click picks it as a user would after opening it.
    row = BROWSER.find_element(By.CSS_SELECTOR, "tr.operation[data-path='/V1/store/storeViews']")
    BROWSER.execute_script("arguments[0].click()", row)
    click(BROWSER.find_element(By.CSS_SELECTOR, "#explorer button[type=submit]"), navigates=False)
    wait_for(lambda: BROWSER.find_element(By.ID, "answer").text.startswith("HTTP 200"), "the explorer's answer")
    shoot("13-api-explorer")
    page("/swagger")
    wait_for(lambda: "base path" in BROWSER.page_source, "the Swagger viewer")
    shoot("14-swagger")


def test_07_sign_out_ends_the_session():
    page("/admin/")
    click(BROWSER.find_element(By.XPATH, "//button[text()='Sign out']"))
    assert BROWSER.current_url.endswith("/admin/login"), BROWSER.current_url
    page("/admin/faults")
    assert BROWSER.current_url.endswith("/admin/login"), BROWSER.current_url


if __name__ == "__main__":
    try:
        status = run_tests(globals())
    finally:
        BROWSER.quit()
    print(f"screenshots in {SHOTS}")
    sys.exit(status)
