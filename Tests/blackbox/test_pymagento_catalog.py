"""Black-box catalog tests: pymagento's product, attribute, category, stock, media and price
calls against a running Magpie seeded with the demo catalog. Run by scripts/blackbox.
"""
import base64
import sys
import time

from magento import make_field_value_query, make_search_query
from magento.exceptions import MagentoException

from support import client, run_tests

PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="


def new_product(sku: str, **fields) -> dict:
    product = {"sku": sku, "name": f"Black-box {sku}", "price": 12.5, "type_id": "simple", "attribute_set_id": 4}
    product.update(fields)
    return client("all").save_product(product)


def test_demo_catalog_pages_to_the_end():
    m = client()
    skus = [p["sku"] for p in m.get_products(query=make_field_value_query("sku", "MG-0000%", "like"))]
    assert len(skus) == len(set(skus)) and len(skus) >= 70, len(skus)
    product = m.get_product("mg-000001")
    assert product["sku"] == "MG-000001"
    assert product["extension_attributes"]["stock_item"]["stock_id"] == 1


def test_product_create_update_delete():
    saved = new_product("BB-1", custom_attributes=[{"attribute_code": "description", "value": "Hello"}],
                        extension_attributes={"stock_item": {"qty": 7, "is_in_stock": True}})
    assert saved["id"] > 0 and saved["price"] == 12.5
    updated = client("all").update_product("BB-1", {"price": 15, "custom_attributes": [{"attribute_code": "color", "value": "2"}]})
    assert updated["price"] == 15
    codes = {a["attribute_code"]: a["value"] for a in updated["custom_attributes"]}
    assert codes["description"] == "Hello" and codes["color"] == "2"
    assert updated["extension_attributes"]["stock_item"]["qty"] == 7
    assert client().delete_product("BB-1") is True
    assert client().get_product("BB-1") is None
    assert client().delete_product("BB-1", skip_missing=True) is False


def test_custom_attribute_search_and_store_view_scope():
    new_product("BB-2", custom_attributes=[{"attribute_code": "color", "value": "8"}])
    found = client().get_product_by_query(make_search_query([[("sku", "BB-2", "eq")], [("color", "8", "eq")]]))
    assert found is not None and found["sku"] == "BB-2"
    client("fr").update_product("BB-2", {"name": "Produit BB-2"})
    assert client("fr").get_product("BB-2")["name"] == "Produit BB-2"
    assert client("all").get_product("BB-2")["name"] == "Black-box BB-2"


def test_product_errors_are_magentos():
    try:
        client("all").save_product({"sku": "BB-ERR", "price": 1})
    except MagentoException as error:
        # pymagento fills the parameters into the message before raising.
        assert str(error) == 'Invalid product data: The value of attribute "name" must be set', str(error)
    else:
        raise AssertionError("a product without a name was saved")


def test_stock_items_and_statuses():
    new_product("BB-3", extension_attributes={"stock_item": {"qty": 3, "is_in_stock": True}})
    item = client().get_product_stock_item("BB-3")
    assert item["qty"] == 3 and item["is_in_stock"] is True
    item_id = client().update_product_stock_item_quantity("BB-3", item["item_id"], 0)
    assert int(item_id) == item["item_id"]
    status = client().get_product_stock_status("BB-3")
    assert status["stock_status"] == 0 and status["qty"] == 0
    sources = list(client().get_source_items(sku="BB-3"))
    assert [(s["source_code"], s["quantity"]) for s in sources] == [("default", 0)]


def test_categories_tree_moves_and_product_links():
    m = client("all")
    parent = m.create_category({"name": "BB Parent", "is_active": True})
    child = m.create_category({"name": "BB Child", "parent_id": parent["id"], "is_active": True})
    other = m.create_category({"name": "BB Other", "is_active": True})
    assert m.move_category(child["id"], other["id"]) is True
    assert m.get_category(child["id"])["path"].endswith(f"/{other['id']}/{child['id']}")
    assert sorted(c["name"] for c in m.get_categories(path_prefix=f"1/2/{other['id']}")) == ["BB Child", "BB Other"]
    new_product("BB-4")
    assert m.add_product_to_category(child["id"], {"sku": "BB-4", "position": 3}) is True
    assert m.get_category_products(child["id"]) == [{"sku": "BB-4", "position": 3, "category_id": str(child["id"])}]
    assert m.remove_product_from_category(child["id"], "BB-4") is True
    assert m.update_category(parent["id"], {"name": "BB Renamed"})["name"] == "BB Renamed"
    assert m.remove_category(parent["id"]) is True


def test_attributes_options_and_sets():
    m = client("all")
    attribute = m.save_attribute({"attribute_code": "bb_fabric", "default_frontend_label": "Fabric"})
    assert attribute["attribute_code"] == "bb_fabric" and attribute["frontend_input"] == "select"
    option_id = m.add_products_attribute_option("bb_fabric", {"label": "Linen"})
    options = m.get_products_attribute_options("bb_fabric")
    assert options[0] == {"label": " ", "value": ""} and options[1] == {"label": "Linen", "value": option_id}
    assert m.delete_products_attribute_option("bb_fabric", option_id) is True
    sets = list(m.get_attribute_sets())
    assert sets[0]["attribute_set_id"] == 4
    attributes = m.get_attribute_set_attributes(4)
    assert "name" in [a["attribute_code"] for a in attributes]
    assert int(m.assign_attribute_set_attribute(4, 7, "bb_fabric")) > 0
    assert m.remove_attribute_set_attribute(4, "bb_fabric") is True
    assert m.delete_attribute("bb_fabric") is True


def test_media_upload_read_and_delete():
    new_product("BB-5")
    entry_id = client("all").save_product_media("BB-5", {
        "media_type": "image", "label": "Front", "position": 1, "disabled": False, "types": ["image"],
        "content": {"base64_encoded_data": PNG, "type": "image/png", "name": "bb5.png"},
    })
    assert isinstance(entry_id, str) and entry_id.isdigit()
    entries = client().get_product_medias("BB-5")
    assert [e["label"] for e in entries] == ["Front"] and entries[0]["file"].endswith(".png")
    assert client().get_product_media("BB-5", entry_id)["types"] == ["image"]
    assert client().delete_product_media("BB-5", entry_id) is True
    assert client().get_product_medias("BB-5") == []


def test_base_and_special_prices():
    new_product("BB-6")
    assert client().save_base_prices([{"price": 20.5, "sku": "BB-6", "store_id": 0}]) == []
    assert client().get_base_prices(["BB-6"]) == [{"price": 20.5, "store_id": 0, "sku": "BB-6"}]
    special = {"store_id": 0, "sku": "BB-6", "price": 9.99, "price_from": "2026-01-01 00:00:00", "price_to": "2026-12-31 23:59:59"}
    assert client().save_special_prices([special]) == []
    assert client().get_special_prices(["BB-6"]) == [special]
    assert client().delete_special_prices_by_sku(["BB-6"]) == []
    assert client().get_special_prices(["BB-6"]) == []
    errors = client().save_base_prices([{"price": 1, "sku": "NO-SUCH", "store_id": 0}])
    assert len(errors) == 1 and errors[0]["parameters"][0] == "NO-SUCH"


def test_configurable_children_options_and_websites():
    m = client("all")
    new_product("BB-TEE", type_id="configurable")
    new_product("BB-TEE-S", custom_attributes=[{"attribute_code": "size", "value": "12"}])
    option_id = m.save_configurable_product_option("BB-TEE", {
        "attribute_id": "144", "label": "Size", "position": 0, "values": [{"value_index": 12}],
    })
    assert int(option_id) > 0
    assert m.link_child_product("BB-TEE", "BB-TEE-S") is True
    assert m.unlink_child_product("BB-TEE", "BB-TEE-S") is True
    assert m.remove_product_website_link("BB-TEE", 1) is True
    assert m.add_product_website_link("BB-TEE", 1) is True
    assert m.get_product("BB-TEE")["extension_attributes"]["website_ids"] == [1]


def test_async_bulk_product_updates():
    new_product("BB-7")
    new_product("BB-8")
    response = client("all").async_update_products([{"sku": "BB-7", "price": 30}, {"sku": "BB-8", "price": 31}])
    bulk = response["bulk_uuid"]
    deadline = time.time() + 15
    while time.time() < deadline:
        status = client().get_bulk_status(bulk)
        if all(op["status"] != 4 for op in status["operations_list"]):
            break
        time.sleep(0.1)
    assert [op["status"] for op in client().get_bulk_status(bulk)["operations_list"]] == [1, 1]
    assert client().get_product("BB-7")["price"] == 30
    assert client().get_product("BB-8")["price"] == 31


def test_csv_import_and_msi_transfer():
    # A PIM's push: Magento's product CSV, base64 in POST /V1/import/csv.
    csv = ("sku,attribute_set_code,product_type,product_websites,name,price,qty,is_in_stock,categories\n"
           "BB-CSV-1,Default,simple,base,CSV one,9.5,12,1,Default Category/Black-box CSV\n"
           "BB-CSV-2,Default,simple,base,CSV two,4,3,1,\n")
    source = {"entity": "catalog_product", "behavior": "append", "validationStrategy": "validation-stop-on-errors",
              "allowedErrorCount": "0", "csvData": base64.b64encode(csv.encode()).decode()}
    m = client("all")
    assert m.post_json_api("/V1/import/csv", json={"source": source}) == ["Entities Processed: 2"]
    product = m.get_product("BB-CSV-1")
    assert product["price"] == 9.5 and product["extension_attributes"]["stock_item"]["qty"] == 12
    bad = dict(source, csvData=base64.b64encode(b"sku,name\n,No SKU\n").decode())
    assert m.post_json_api("/V1/import/csv", json={"source": bad}) == ["Row 1: SKU is empty"]

    # An ERP moving stock between warehouses: a new source, a partial transfer, the result.
    m.post_json_api("/V1/inventory/sources", json={"source": {"source_code": "bb-east", "name": "East", "enabled": True,
                                                              "country_id": "US", "postcode": "10001"}})
    m.post_json_api("/V1/inventory/bulk-partial-source-transfer", json={
        "originSourceCode": "default", "destinationSourceCode": "bb-east", "items": [{"sku": "BB-CSV-1", "qty": 5}]})
    items = m.get_json_api("/V1/inventory/source-items", params={
        "searchCriteria[filterGroups][0][filters][0][field]": "sku",
        "searchCriteria[filterGroups][0][filters][0][value]": "BB-CSV-1"})["items"]
    assert {i["source_code"]: i["quantity"] for i in items} == {"default": 7, "bb-east": 5}, items


if __name__ == "__main__":
    sys.exit(run_tests(globals()))
