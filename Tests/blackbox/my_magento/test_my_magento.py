"""my-magento (PyPI) drives the running server: its product and attribute calls.

my-magento and pymagento both install a package named `magento`, so scripts/blackbox runs this
file with a virtual environment of its own. Plain asserts; prints "N passed, N failed".
"""
import os
import sys
import uuid
from urllib.parse import urlparse

from magento import Client

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from runner import run_tests  # noqa: E402 - the shared runner lives one folder up

URL = urlparse(os.environ["MAGPIE_URL"])
# my-magento drops the port from the domain it is given (it assumes 80 or 443), so the client is
# made without logging in, pointed at the server's port, then signed in. Without a user agent it
# fetches a browser string from the web.
api = Client(URL.netloc, "admin", os.environ["MAGPIE_ADMIN_PASSWORD"], scope="default", local=True, log_level="WARNING",
             user_agent="magpie-blackbox", login=False)
api.BASE_URL = f"http://{URL.netloc}/rest/V1/"
api.authenticate()


def new_product(price=10, qty=5):
    sku = "MM-" + uuid.uuid4().hex[:8]
    response = api.post(api.url_for("products"), {"product": {
        "sku": sku, "name": "My Magento " + sku, "price": price, "type_id": "simple", "attribute_set_id": 4,
        "extension_attributes": {"stock_item": {"qty": qty, "is_in_stock": True}},
    }})
    assert response.status_code == 200, response.text
    return sku


def test_attributes_are_listed_as_my_magento_asks_for_them():
    # get_all() filters on `position gteq 0`, which only the joined attribute columns answer.
    attributes = api.product_attributes.get_all()
    codes = {attribute.attribute_code for attribute in attributes}
    assert {"name", "price", "color"} <= codes, codes
    assert api.product_attributes.by_code("color").frontend_input == "select"
    assert api.store.all_product_attributes, "the store's attribute list is empty"


def test_a_product_is_found_and_its_price_stock_and_status_change():
    sku = new_product()
    product = api.products.by_sku(sku)
    assert product is not None and product.sku == sku
    assert product.update_price(25.5)
    assert product.update_stock(9)
    assert product.update_status(2)
    again = api.products.by_sku(sku)
    assert float(again.price) == 25.5, again.price
    assert again.stock == 9, again.stock
    assert again.status == 2, again.status


def test_attributes_update_with_the_store_scope_rules():
    sku = new_product()
    product = api.products.by_sku(sku)
    assert product.update_attributes({"name": "Renamed " + sku})
    assert product.update_custom_attributes({"description": "<p>Changed</p>"})
    assert product.update_special_price(7.25)
    again = api.products.by_sku(sku)
    assert again.name == "Renamed " + sku, again.name
    assert again.description == "<p>Changed</p>", again.description
    assert float(again.special_price) == 7.25, again.special_price


def test_products_are_found_by_category():
    sku = new_product()
    category = api.post(api.url_for("categories"), {"category": {"name": "MM " + sku, "is_active": True}}).json()
    product = api.products.by_sku(sku)
    assert product.add_categories([category["id"]])
    found = api.products.by_category_id(category["id"])
    found = found if isinstance(found, list) else [found]
    assert [p.sku for p in found if p] == [sku], found


if __name__ == "__main__":
    sys.exit(run_tests(globals()))
