"""Black-box tests: the third-party pymagento client (from PyPI) drives a running Magpie.

Run by scripts/blackbox, which starts the release server and sets MAGPIE_URL and
MAGPIE_ADMIN_PASSWORD. Plain asserts; the last line is "N passed, N failed".
"""
import sys
import time

from magento import Magento, make_field_value_query, make_search_query
from requests.exceptions import HTTPError

from support import BASE_URL, PASSWORD, TOKEN, client, run_tests


def test_wrong_password_is_401_with_magento_message():
    anonymous = Magento(token="none", base_url=BASE_URL, scope="default")
    response = anonymous.request_api(
        "POST", "/V1/integration/admin/token", json={"username": "admin", "password": "wrong"}
    )
    assert response.status_code == 401
    assert response.json()["message"].startswith("The account sign-in was incorrect")


def test_websites_include_admin_and_base():
    websites = client().get_websites()
    assert [(w["id"], w["code"]) for w in websites] == [(0, "admin"), (1, "base")]


def test_store_views_have_exactly_magentos_keys():
    views = client().get_store_views()
    assert [v["code"] for v in views] == ["admin", "default", "fr"]
    for view in views:
        assert set(view) == {"id", "code", "name", "website_id", "store_group_id", "is_active"}


def test_store_groups():
    groups = client().get_store_groups()
    assert [g["code"] for g in groups] == ["default", "main_website_store"]


def test_store_configs_by_code():
    configs = client().get_store_configs(["fr"])
    assert len(configs) == 1
    assert configs[0]["locale"] == "fr_FR"
    assert configs[0]["default_display_currency_code"] == "EUR"
    assert configs[0]["base_url"] == BASE_URL.rstrip("/") + "/"


def test_scope_all_reaches_the_same_routes():
    assert len(client("all").get_websites()) == 2


def test_countries_and_regions():
    countries = client().get_countries()
    assert len(countries) >= 245
    us = client().get_country("US")
    assert us["three_letter_abbreviation"] == "USA"
    assert us["available_regions"][0] == {"id": "1", "code": "AL", "name": "Alabama"}


def test_search_criteria_paging_stops_on_total_count():
    query = make_field_value_query("event_type", "admin_user.created")
    events = list(client().get_paginated("/V1/events/search", query=query, page_size=1))
    assert len(events) >= 1
    assert all(e["event_type"] == "admin_user.created" for e in events)


def test_search_criteria_id_pagination_uses_gt_and_sort():
    events = list(client().get_paginated(
        "/V1/events/search", query={}, page_size=1, id_pagination=True, id_field="event_id"
    ))
    ids = [e["event_id"] for e in events]
    assert ids == sorted(ids) and len(ids) == len(set(ids)) and len(ids) >= 2


def test_search_with_or_group_and_fields():
    query = make_search_query(
        [[("event_type", "admin_user.created", "eq"), ("event_type", "store.created", "eq")]],
        sort_orders=[("event_id", "desc")], page_size=5,
    )
    result = client().get_json_api("/V1/events/search", query, fields="items[event_id],total_count")
    assert set(result) == {"items", "total_count"}
    ids = [item["event_id"] for item in result["items"]]
    assert ids == sorted(ids, reverse=True)


def test_msi_sources_and_source_items():
    c = client()
    assert "default" in [s["source_code"] for s in c.get_sources()]
    assert c.get_source("default")["name"] == "Default Source"
    c.save_source_items([{"sku": "BB-1", "source_code": "default", "quantity": 7.5, "status": 1}])
    items = list(c.get_source_items(source_code="default", sku="BB-1"))
    assert items == [{"sku": "BB-1", "source_code": "default", "quantity": 7.5, "status": 1}], items
    c.delete_source_items(items)
    assert list(c.get_source_items(sku="BB-1")) == []


def test_async_bulk_is_applied_and_reported():
    c = client()
    response = c.request_api("POST", "/V1/inventory/source-items", async_bulk=True, json=[
        {"sourceItems": [{"sku": "BULK-1", "source_code": "default", "quantity": 3, "status": 1}]},
        {"sourceItems": [{"sku": "BULK-2", "source_code": "nowhere", "quantity": 1, "status": 1}]},
    ])
    assert response.status_code == 202, response.text
    accepted = response.json()
    assert accepted["errors"] is False
    assert [item["status"] for item in accepted["request_items"]] == ["accepted", "accepted"]
    uuid = accepted["bulk_uuid"]
    deadline = time.time() + 15
    while time.time() < deadline:
        statuses = [op["status"] for op in c.get_bulk_status(uuid)["operations_list"]]
        if 4 not in statuses:
            break
        time.sleep(0.1)
    assert statuses == [1, 3], statuses
    detailed = c.get_bulk_detailed_status(uuid)
    assert detailed["operation_count"] == 2
    assert detailed["operations_list"][1]["result_message"] == 'Source with code "nowhere" does not exist.'
    assert c.get_bulk_operation_status_count(uuid, 1) == 1
    assert len(list(c.get_bulk_operations(query=make_field_value_query("bulk_uuid", uuid)))) == 2
    assert list(c.get_source_items(sku="BULK-1"))[0]["quantity"] == 3


def test_oauth1_signed_requests_from_oauthlib():
    import requests
    from oauthlib.oauth1 import SIGNATURE_HMAC_SHA1, SIGNATURE_HMAC_SHA256, Client as OAuthClient

    admin = client()
    created = admin.request_api("POST", "/V1/integrations", json={"integration": {
        "name": "oauthlib", "resources": ["Magento_Backend::store"]}})
    assert created.status_code == 200, created.text
    integration = admin.request_api("POST", f"/V1/integrations/{created.json()['id']}/activate").json()
    for method in (SIGNATURE_HMAC_SHA256, SIGNATURE_HMAC_SHA1):
        signer = OAuthClient(
            integration["consumer_key"], client_secret=integration["consumer_secret"],
            resource_owner_key=integration["access_token"], resource_owner_secret=integration["access_token_secret"],
            signature_method=method,
        )
        url = BASE_URL + "/rest/V1/store/storeConfigs?storeCodes%5B%5D=fr"
        uri, headers, _ = signer.sign(url, http_method="GET")
        response = requests.get(uri, headers=headers)
        assert response.status_code == 200, (method, response.text)
        assert response.json()[0]["code"] == "fr"
        replay = requests.get(uri, headers=headers)
        assert replay.status_code == 401, "a replayed nonce was accepted"
    # The same token as a plain bearer token (on by default in Magpie).
    bearer = Magento(token=integration["access_token"], base_url=BASE_URL, scope="default")
    assert len(bearer.get_websites()) == 2


def test_oauth1_activation_handshake_with_oauthlib():
    # Magento's activation: the server posts credentials and a verifier to the integration's
    # callback URL; the integration trades a request token for an access token, all signed by oauthlib.
    import threading
    import urllib.parse
    from http.server import BaseHTTPRequestHandler, HTTPServer

    import requests
    from oauthlib.oauth1 import Client as OAuthClient

    received = {}

    class Callback(BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            received.update(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    receiver = HTTPServer(("127.0.0.1", 0), Callback)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    try:
        admin = client()
        created = admin.request_api("POST", "/V1/integrations", json={"integration": {
            "name": "handshake", "endpoint": f"http://127.0.0.1:{receiver.server_port}/callback",
            "resources": ["Magento_Backend::store"]}})
        assert created.status_code == 200, created.text
        activated = admin.request_api("POST", f"/V1/integrations/{created.json()['id']}/activate")
        assert activated.status_code == 200 and activated.json()["status"] == "inactive", activated.text
        assert set(received) == {"oauth_consumer_key", "oauth_consumer_secret", "store_base_url", "oauth_verifier"}

        request_signer = OAuthClient(received["oauth_consumer_key"], client_secret=received["oauth_consumer_secret"])
        uri, headers, _ = request_signer.sign(BASE_URL + "/oauth/token/request", http_method="POST")
        answer = requests.post(uri, headers=headers)
        assert answer.status_code == 200, answer.text
        request_token = dict(urllib.parse.parse_qsl(answer.text))

        access_signer = OAuthClient(
            received["oauth_consumer_key"], client_secret=received["oauth_consumer_secret"],
            resource_owner_key=request_token["oauth_token"], resource_owner_secret=request_token["oauth_token_secret"],
            verifier=received["oauth_verifier"],
        )
        uri, headers, _ = access_signer.sign(BASE_URL + "/oauth/token/access", http_method="POST")
        answer = requests.post(uri, headers=headers)
        assert answer.status_code == 200, answer.text
        access = dict(urllib.parse.parse_qsl(answer.text))

        signer = OAuthClient(
            received["oauth_consumer_key"], client_secret=received["oauth_consumer_secret"],
            resource_owner_key=access["oauth_token"], resource_owner_secret=access["oauth_token_secret"],
        )
        uri, headers, _ = signer.sign(BASE_URL + "/rest/V1/store/websites", http_method="GET")
        assert requests.get(uri, headers=headers).status_code == 200
    finally:
        receiver.shutdown()


def test_guest_gets_magentos_401():
    guest = Magento(token="expired", base_url=BASE_URL, scope="default")
    try:
        guest.get_websites()
    except HTTPError as error:
        assert error.response.status_code == 401
        assert error.response.json() == {
            "message": "The consumer isn't authorized to access %resources.",
            "parameters": {"resources": "Magento_Backend::store"},
        }
    else:
        raise AssertionError("a guest read the websites")


if __name__ == "__main__":
    sys.exit(run_tests(globals()))
