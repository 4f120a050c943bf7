"""Black-box sales tests: pymagento's order, invoice, shipment and credit memo calls against a
running Magpie seeded with the demo catalog and demo orders. Run by scripts/blackbox.
"""
import sys

from magento import make_field_value_query
from magento.exceptions import MagentoException

from support import client, run_tests


def stock_qty(sku: str) -> float:
    return client().get_json_api(f"/V1/stockItems/{sku}")["qty"]


def place_order(sku: str, qty: int) -> dict:
    address = {"firstname": "Grace", "lastname": "Hopper", "street": ["1 Compiler Way"], "city": "Arlington",
               "postcode": "22201", "country_id": "US", "telephone": "555-0100"}
    return client().save_order({
        "customer_email": "grace@example.com", "customer_firstname": "Grace", "customer_lastname": "Hopper",
        "shipping_amount": 5,
        "items": [{"sku": sku, "name": sku, "qty_ordered": qty, "price": 10}],
        "billing_address": address, "payment": {"method": "checkmo"},
        "extension_attributes": {"shipping_assignments": [{"shipping": {"address": address, "method": "flatrate_flatrate"}}]},
    })


def test_demo_orders_in_every_state():
    m = client()
    states = {order["state"] for order in m.get_orders()}
    assert {"new", "processing", "complete", "closed", "canceled", "holded"} <= states, states
    assert m.get_total_orders_count() >= 8
    owned = [order for order in m.get_orders() if order.get("customer_is_guest") == 0]
    assert owned and all(order["customer_id"] and order["billing_address"]["customer_id"] == order["customer_id"] for order in owned), owned
    customer = m.get_json_api(f"/V1/customers/{owned[0]['customer_id']}")
    assert customer["email"] == owned[0]["customer_email"]
    held = next(m.get_orders(status="holded"))
    assert held["hold_before_state"] == "new"
    last = m.get_last_orders(limit=2)
    assert len(last) == 2 and last[0]["increment_id"] > last[1]["increment_id"]


def test_order_read_search_and_items():
    m = client()
    order = place_order("MG-000002", 2)
    assert order["increment_id"].isdigit() and len(order["increment_id"]) == 9
    read = m.get_order(order["entity_id"])
    assert read["grand_total"] == 25 and read["items"][0]["qty_ordered"] == 2
    assert m.get_order_by_increment_id(order["increment_id"])["entity_id"] == order["entity_id"]
    by_ids = m.get_orders_by_increment_ids([order["increment_id"]])
    assert list(by_ids) == [order["increment_id"]]
    items = list(m.get_orders_items(sku="MG-000002"))
    assert any(item["order_id"] == order["entity_id"] for item in items)
    assert m.get_order_item(read["items"][0]["item_id"])["sku"] == "MG-000002"
    assert m.get_order(999999, none_on_404=True) is None


def test_invoice_ship_refund_with_stock():
    m = client()
    before = stock_qty("MG-000003")
    order = place_order("MG-000003", 3)
    order_id = order["entity_id"]
    item_id = order["items"][0]["item_id"]
    assert stock_qty("MG-000003") == before - 3
    invoice_id = m.create_order_invoice(order_id, {"items": [{"order_item_id": item_id, "qty": 1}]})
    assert isinstance(invoice_id, str) and invoice_id.isdigit(), invoice_id
    assert m.get_invoice(int(invoice_id))["grand_total"] == 15
    assert [i["entity_id"] for i in m.get_order_invoices(order_id)] == [int(invoice_id)]
    shipment_id = m.ship_order(order_id, {"items": [{"order_item_id": item_id, "qty": 3}],
                                          "tracks": [{"track_number": "1Z1", "title": "UPS", "carrier_code": "ups"}]})
    assert m.get_shipment(shipment_id)["tracks"][0]["track_number"] == "1Z1"
    assert m.get_shipment_label(shipment_id) == ""
    assert m.get_order(order_id)["state"] == "processing"
    m.create_order_invoice(order_id)
    assert m.get_order(order_id)["state"] == "complete"
    refund = m.post_json_api(f"/V1/order/{order_id}/refund", json={
        "items": [{"order_item_id": item_id, "qty": 1}],
        "arguments": {"shipping_amount": 0, "extension_attributes": {"return_to_stock_items": [item_id]}}})
    assert refund.isdigit()
    assert stock_qty("MG-000003") == before - 2
    m.post_json_api(f"/V1/invoice/{invoice_id}/refund", json={})
    assert m.get_order(order_id)["state"] == "complete"
    m.post_json_api(f"/V1/order/{order_id}/refund", json={})
    memos = list(m.get_credit_memos(query=make_field_value_query("order_id", order_id)))
    assert [memo["grand_total"] for memo in memos] == [10, 15, 10], memos
    closed = m.get_order(order_id)
    assert closed["state"] == "closed" and closed["total_refunded"] == 35
    assert stock_qty("MG-000003") == before - 2


def test_hold_unhold_status_and_errors():
    m = client()
    order = place_order("MG-000004", 1)
    order_id = order["entity_id"]
    assert m.hold_order(order_id) is True
    try:
        m.ship_order(order_id, {})
        raise AssertionError("a held order shipped")
    except MagentoException as error:
        assert "A shipment cannot be created when an order has a status of holded" in str(error), error
    assert m.unhold_order(order_id) is True
    saved = m.set_order_status(m.get_order(order_id), "fraud", external_order_id="ERP-7")
    assert saved["status"] == "fraud" and saved["ext_order_id"] == "ERP-7"
    assert m.get_json_api(f"/V1/orders/{order_id}/statuses") == "fraud"


def test_raw_document_saves_go_through_the_transitions():
    m = client()
    before = stock_qty("MG-000002")
    order = place_order("MG-000002", 2)
    order_id = order["entity_id"]
    item_id = order["items"][0]["item_id"]
    invoice = m.post_json_api("/V1/invoices/", json={"entity": {
        "order_id": order_id, "items": [{"order_item_id": item_id, "qty": 2}],
        "comments": [{"comment": "Paid by cheque", "is_customer_notified": 0}]}})
    assert invoice["order_id"] == order_id and invoice["grand_total"] == 25 and invoice["state"] == 2, invoice
    assert invoice["comments"][0]["comment"] == "Paid by cheque"
    assert m.get_invoice(invoice["entity_id"]) == invoice
    shipment = m.post_json_api("/V1/shipment/", json={"entity": {
        "order_id": order_id, "tracks": [{"track_number": "RAW-1", "title": "DHL", "carrier_code": "dhl"}]}})
    assert shipment["total_qty"] == 2 and shipment["tracks"][0]["track_number"] == "RAW-1", shipment
    assert m.get_order(order_id)["state"] == "complete"
    memo = m.post_json_api("/V1/creditmemo/refund", json={
        "creditmemo": {"order_id": order_id, "invoice_id": invoice["entity_id"],
                       "items": [{"order_item_id": item_id, "qty": 1}], "shipping_amount": 0},
        "offlineRequested": True})
    assert memo["invoice_id"] == invoice["entity_id"] and memo["grand_total"] == 10, memo
    rest = m.post_json_api("/V1/creditmemo", json={"entity": {"order_id": order_id}})
    assert rest["grand_total"] == 15, rest
    assert m.get_order(order_id)["state"] == "closed"
    # A raw refund has no way to ask for stock back, so none returns.
    assert stock_qty("MG-000002") == before - 2
    again = m.request_api("POST", "/V1/invoices", json={"entity": {"entity_id": invoice["entity_id"], "order_id": order_id}})
    assert again.status_code == 400 and again.json() == {"message": "We cannot register an existing invoice"}, again.text


def test_offline_payments_refuse_capture_void_and_memo_cancel():
    m = client()
    order = place_order("MG-000004", 1)
    invoice_id = int(m.create_order_invoice(order["entity_id"]))
    for action, message in [("capture", "The capture action is not available."), ("void", "The void action is not available.")]:
        reply = m.request_api("POST", f"/V1/invoices/{invoice_id}/{action}")
        assert reply.status_code == 400 and reply.json() == {"message": message}, reply.text
    assert m.request_api("POST", "/V1/invoices/999999/capture").status_code == 404
    memo_id = int(m.post_json_api(f"/V1/order/{order['entity_id']}/refund", json={}))
    cancel = m.request_api("PUT", f"/V1/creditmemo/{memo_id}", json={})
    assert cancel.status_code == 400 and cancel.json() == {"message": "You can not cancel Credit Memo"}, cancel.text
    assert m.get_invoice(invoice_id)["state"] == 2


if __name__ == "__main__":
    sys.exit(run_tests(globals()))
