"""Black-box tax, promotion and CMS tests: pymagento's tax, sales rule, coupon and CMS calls
against a running Magpie seeded with the demo data. Run by scripts/blackbox.

pymagento has no calls for creating rules, pages or blocks, so those go through its own
request path (`request_api`), as a client of it would.
"""
import sys

from magento import make_field_value_query

from support import client, run_tests


def post(path: str, body: dict):
    response = client().request_api("POST", path, json=body)
    assert response.status_code == 200, response.text
    return response.json()


def test_tax_classes_rates_and_rules():
    m = client()
    classes = {c["class_name"]: c["class_type"] for c in m.get_tax_classes()}
    assert classes["Taxable Goods"] == "PRODUCT" and classes["Retail Customer"] == "CUSTOMER", classes
    rates = {r["code"]: r["rate"] for r in m.get_tax_rates()}
    assert rates["US-CA-*-Rate 1"] == 8.25 and rates["US-NY-*-Rate 1"] == 8.875, rates
    assert rates["FR-*-*-Rate 1"] == 20 and rates["DE-*-*-Rate 1"] == 19, rates
    rules = list(m.get_tax_rules(query=make_field_value_query("code", "Retail Tax")))
    assert len(rules) == 1 and rules[0]["customer_tax_class_ids"] == [3], rules


def test_demo_sales_rules_and_coupons():
    names = [r["name"] for r in client().get_sales_rules()]
    assert {"10% off orders over $100", "SAVE10", "Free shipping over $75"} <= set(names), names
    codes = [c["code"] for c in client().get_coupons(query=make_field_value_query("rule_id", 2))]
    assert "SAVE10" in codes, codes


def test_coupon_create_update_delete():
    rule = post("/V1/salesRules", {"rule": {
        "name": "Black-box coupons", "website_ids": [1], "customer_group_ids": [0, 1], "is_active": True,
        "simple_action": "by_percent", "discount_amount": 15, "coupon_type": "SPECIFIC_COUPON", "uses_per_coupon": 2,
    }})
    m = client()
    coupon = m.create_coupon({"rule_id": rule["rule_id"], "code": "BB-COUPON"})
    assert coupon["code"] == "BB-COUPON" and coupon["usage_limit"] == 2, coupon
    renamed = m.update_coupon(coupon["coupon_id"], {"code": "BB-COUPON-2"})
    assert renamed["code"] == "BB-COUPON-2" and renamed["rule_id"] == rule["rule_id"], renamed
    assert m.get_coupon(coupon["coupon_id"])["code"] == "BB-COUPON-2"
    result = m.delete_coupons([coupon["coupon_id"], 987654])
    assert result == {"failed_items": [], "missing_items": ["987654"]}, result
    extra = m.create_coupon({"rule_id": rule["rule_id"], "code": "BB-COUPON-3"})
    assert m.delete_coupon(extra["coupon_id"]) is True


def test_generated_coupons():
    rule = post("/V1/salesRules", {"rule": {
        "name": "Black-box generated", "website_ids": [1], "customer_group_ids": [1], "is_active": True,
        "simple_action": "by_fixed", "discount_amount": 5, "coupon_type": "AUTO", "use_auto_generation": True,
    }})
    codes = post("/V1/coupons/generate", {"couponSpec": {
        "rule_id": rule["rule_id"], "format": "alpha", "quantity": 4, "length": 8, "prefix": "BB", "delimiter_at_every": 4,
    }})
    assert len(codes) == 4 and all(c.startswith("BB") and len(c) == 11 for c in codes), codes
    stored = [c["code"] for c in client().get_coupons(query=make_field_value_query("rule_id", rule["rule_id"]))]
    assert sorted(stored) == sorted(codes), stored


def test_cms_pages_and_blocks():
    m = client()
    identifiers = [p["identifier"] for p in m.get_cms_pages()]
    assert {"home", "no-route", "about-us"} <= set(identifiers), identifiers
    blocks = {b["identifier"]: b["id"] for b in m.get_cms_blocks()}
    assert m.get_cms_block(blocks["footer_links"])["title"] == "Footer Links"
    block = post("/V1/cmsBlock", {"block": {"identifier": "bb-block", "title": "Black-box", "content": "x", "store_id": [1]}})
    response = m.request_api("POST", "/V1/cmsBlock", json={"block": {"identifier": "bb-block", "title": "Again", "store_id": [0]}})
    assert response.status_code == 400, response.text
    assert m.delete_cms_block(block["id"]) is True


if __name__ == "__main__":
    sys.exit(run_tests(globals()))
