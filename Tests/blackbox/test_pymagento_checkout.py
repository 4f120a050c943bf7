"""Black-box checkout tests: a guest and a customer go from an empty cart to an order over plain
HTTP, driven through pymagento's request path the way a storefront client calls Magento.
Run by scripts/blackbox.
"""
import re
import sys
import uuid

from magento import Magento

from support import BASE_URL, client, run_tests

# Shipped to Texas: the demo tax rules tax California, New York, France and Germany only.
TEXAS = {"firstname": "Grace", "lastname": "Hopper", "street": ["1 Compiler Way"], "city": "Austin",
         "region_id": 57, "region": "Texas", "postcode": "78701", "country_id": "US", "telephone": "555-0100"}


def anonymous() -> Magento:
    return Magento(token="none", base_url=BASE_URL, scope="default")


def new_product(sku: str, price: float, qty: int) -> None:
    client("all").save_product({"sku": sku, "name": f"Checkout {sku}", "price": price, "type_id": "simple",
                                "attribute_set_id": 4, "extension_attributes": {"stock_item": {"qty": qty, "is_in_stock": True}}})


def ok(response):
    assert response.status_code == 200, (response.status_code, response.text)
    return response.json()


def test_guest_checkout_from_empty_cart_to_order():
    sku = "CO-" + uuid.uuid4().hex[:8]
    new_product(sku, 12.5, 5)
    m = anonymous()
    cart = ok(m.request_api("POST", "/V1/guest-carts"))
    assert re.fullmatch(r"[A-Za-z0-9]{32}", cart), cart
    item = ok(m.request_api("POST", f"/V1/guest-carts/{cart}/items", json={"cartItem": {"sku": sku, "qty": 2, "quote_id": cart}}))
    assert item["sku"] == sku and item["qty"] == 2 and item["price"] == 12.5
    methods = ok(m.request_api("POST", f"/V1/guest-carts/{cart}/estimate-shipping-methods", json={"address": TEXAS}))
    assert [(r["carrier_code"], r["amount"]) for r in methods] == [("flatrate", 10)], methods
    details = ok(m.request_api("POST", f"/V1/guest-carts/{cart}/shipping-information", json={"addressInformation": {
        "shipping_address": TEXAS, "billing_address": TEXAS,
        "shipping_carrier_code": "flatrate", "shipping_method_code": "flatrate"}}))
    assert "checkmo" in [p["code"] for p in details["payment_methods"]]
    # 2 × 12.50 + flat rate 2 × 5.00, no tax in Texas.
    assert details["totals"]["grand_total"] == 35 and details["totals"]["tax_amount"] == 0
    order_id = ok(m.request_api("POST", f"/V1/guest-carts/{cart}/payment-information", json={
        "email": "grace@example.com", "paymentMethod": {"method": "checkmo"}, "billingAddress": TEXAS}))
    order = client().get_order(int(order_id))
    assert order["grand_total"] == 35 and order["customer_is_guest"] == 1
    assert order["items"][0]["sku"] == sku and order["payment"]["method"] == "checkmo"
    assert client().get_json_api(f"/V1/stockItems/{sku}")["qty"] == 3
    again = m.request_api("POST", f"/V1/guest-carts/{cart}/items", json={"cartItem": {"sku": sku, "qty": 1}})
    assert again.status_code == 404, again.text


def test_guest_cart_errors():
    sku = "CO-" + uuid.uuid4().hex[:8]
    new_product(sku, 10, 1)
    m = anonymous()
    cart = ok(m.request_api("POST", "/V1/guest-carts"))
    too_many = m.request_api("POST", f"/V1/guest-carts/{cart}/items", json={"cartItem": {"sku": sku, "qty": 2}})
    assert too_many.status_code == 400 and too_many.json()["message"] == "The requested qty is not available"
    unknown = m.request_api("POST", f"/V1/guest-carts/{cart}/items", json={"cartItem": {"sku": "NO-SUCH-SKU", "qty": 1}})
    assert unknown.status_code == 404, unknown.text
    missing = m.request_api("GET", "/V1/guest-carts/notacart")
    assert missing.status_code == 404 and missing.json()["parameters"] == {"fieldName": "cartId", "fieldValue": ""}


def test_customer_checkout_and_admin_cart_view():
    sku = "CO-" + uuid.uuid4().hex[:8]
    new_product(sku, 20, 5)
    email = f"co-{uuid.uuid4().hex[:8]}@example.com"
    m = anonymous()
    ok(m.request_api("POST", "/V1/customers", json={"customer": {"email": email, "firstname": "Ada", "lastname": "Lovelace"},
                                                     "password": "Checkout-pass1"}))
    token = ok(m.request_api("POST", "/V1/integration/customer/token", json={"username": email, "password": "Checkout-pass1"}))
    me = Magento(token=token, base_url=BASE_URL, scope="default")
    none = me.request_api("GET", "/V1/carts/mine")
    assert none.status_code == 404 and none.json()["message"] == "Current customer does not have an active cart."
    cart_id = ok(me.request_api("POST", "/V1/carts/mine"))
    assert isinstance(cart_id, int) and ok(me.request_api("POST", "/V1/carts/mine")) == cart_id
    ok(me.request_api("POST", "/V1/carts/mine/items", json={"cartItem": {"sku": sku, "qty": 1}}))
    ok(me.request_api("POST", "/V1/carts/mine/shipping-information", json={"addressInformation": {
        "shipping_address": TEXAS, "billing_address": TEXAS,
        "shipping_carrier_code": "flatrate", "shipping_method_code": "flatrate"}}))
    totals = ok(me.request_api("GET", "/V1/carts/mine/totals"))
    assert totals["grand_total"] == 25 and [s["code"] for s in totals["total_segments"]][-1] == "grand_total"
    admin_view = client().get_cart(cart_id)
    assert admin_view["customer"]["email"] == email and admin_view["items"][0]["sku"] == sku
    order_id = ok(me.request_api("PUT", "/V1/carts/mine/order", json={"paymentMethod": {"method": "checkmo"}}))
    order = client().get_order(int(order_id))
    assert order["customer_email"] == email and order["customer_is_guest"] == 0 and order["grand_total"] == 25
    assert me.request_api("GET", "/V1/carts/mine").status_code == 404
    carts = list(client().get_carts(query={"searchCriteria[filterGroups][0][filters][0][field]": "entity_id",
                                            "searchCriteria[filterGroups][0][filters][0][value]": cart_id}))
    assert [c["is_active"] for c in carts] == [False], carts


if __name__ == "__main__":
    sys.exit(run_tests(globals()))
