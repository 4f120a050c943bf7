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


def test_bundle_from_catalog_to_order():
    tag = uuid.uuid4().hex[:8]
    strap, buckle, kit = f"BS-{tag}", f"BB-{tag}", f"BK-{tag}"
    new_product(strap, 7, 5)
    new_product(buckle, 4, 5)
    client("all").save_product({"sku": kit, "name": f"Kit {tag}", "type_id": "bundle", "attribute_set_id": 4,
                                "extension_attributes": {"bundle_product_options": [
                                    {"title": "Strap", "required": True, "type": "select", "position": 1,
                                     "product_links": [{"sku": strap, "qty": 1, "is_default": True, "can_change_quantity": 0}]},
                                    {"title": "Buckles", "required": False, "type": "checkbox", "position": 2,
                                     "product_links": [{"sku": buckle, "qty": 2}]}]}})
    m = client()
    read = m.get_json_api(f"/V1/products/{kit}")
    options = read["extension_attributes"]["bundle_product_options"]
    assert [o["title"] for o in options] == ["Strap", "Buckles"], options
    price_type = [a["value"] for a in read["custom_attributes"] if a["attribute_code"] == "price_type"]
    assert price_type == ["0"], read["custom_attributes"]
    children = m.get_json_api(f"/V1/bundle-products/{kit}/children")
    assert [c["sku"] for c in children] == [strap, buckle], children
    strap_option, buckle_option = options[0]["option_id"], options[1]["option_id"]
    strap_link, buckle_link = options[0]["product_links"][0]["id"], options[1]["product_links"][0]["id"]

    guest = anonymous()
    cart = ok(guest.request_api("POST", "/V1/guest-carts"))
    chosen = {"extension_attributes": {"bundle_options": [
        {"option_id": strap_option, "option_qty": 1, "option_selections": [int(strap_link)]},
        {"option_id": buckle_option, "option_qty": 1, "option_selections": [int(buckle_link)]}]}}
    item = ok(guest.request_api("POST", f"/V1/guest-carts/{cart}/items",
                                json={"cartItem": {"sku": kit, "qty": 2, "product_option": chosen}}))
    # A dynamic-price kit: one strap (7) and two buckles (2 × 4) = 15.
    assert item["product_type"] == "bundle" and item["price"] == 15 and item["sku"] == f"{kit}-{strap}-{buckle}", item
    assert item["product_option"]["extension_attributes"]["bundle_options"][0]["option_selections"] == [int(strap_link)], item
    ok(guest.request_api("POST", f"/V1/guest-carts/{cart}/shipping-information", json={"addressInformation": {
        "shipping_address": TEXAS, "billing_address": TEXAS,
        "shipping_carrier_code": "flatrate", "shipping_method_code": "flatrate"}}))
    order_id = ok(guest.request_api("POST", f"/V1/guest-carts/{cart}/payment-information", json={
        "email": "grace@example.com", "paymentMethod": {"method": "checkmo"}, "billingAddress": TEXAS}))
    order = m.get_order(int(order_id))
    # 2 kits × 15 + flat rate 2 × 5.
    assert order["grand_total"] == 40, order["grand_total"]
    rows = [(i["sku"], i["product_type"], i["qty_ordered"], "parent_item_id" in i) for i in order["items"]]
    # A dynamic SKU (the default) names the children chosen.
    assert rows == [(f"{kit}-{strap}-{buckle}", "bundle", 2, False), (strap, "simple", 2, True), (buckle, "simple", 4, True)], rows
    assert "bundle_options" in order["items"][0]["product_option"]["extension_attributes"], order["items"][0]
    assert m.get_json_api(f"/V1/stockItems/{strap}")["qty"] == 3
    assert m.get_json_api(f"/V1/stockItems/{buckle}")["qty"] == 1
    invoice_id = m.create_order_invoice(int(order_id))
    assert m.get_invoice(int(invoice_id))["grand_total"] == 40


if __name__ == "__main__":
    sys.exit(run_tests(globals()))
