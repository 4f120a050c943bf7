"""Black-box customer tests: pymagento's customer, customer group, address and customer token
calls against a running Magpie seeded with the demo data. Run by scripts/blackbox.
"""
import sys

from magento import Magento, make_field_value_query
from magento.exceptions import MagentoException

from support import BASE_URL, client, run_tests

PASSWORD = "Blackbox-pass1"


def guest() -> Magento:
    return Magento(token="none", base_url=BASE_URL, scope="default")


def register(email: str, **fields) -> dict:
    customer = {"email": email, "firstname": "Black", "lastname": "Box"}
    customer.update(fields)
    return guest().post_json_api("/V1/customers", json={"customer": customer, "password": PASSWORD})


def customer_token(email: str, password: str = PASSWORD) -> str:
    return guest().post_json_api("/V1/integration/customer/token", json={"username": email, "password": password})


def test_demo_customers_page_to_the_end():
    emails = [c["email"] for c in client().get_customers(query=make_field_value_query("email", "%@example.com", "like"))]
    assert len(emails) >= 50 and len(emails) == len(set(emails)), len(emails)
    assert "roni_cost@example.com" in emails
    token = customer_token("roni_cost@example.com", "Magpie-demo1")
    me = Magento(token=token, base_url=BASE_URL, scope="default").get_current_customer()
    assert me["firstname"] == "Veronica" and me["addresses"][0]["region"]["region_code"] == "MI", me


def test_customer_create_get_update_search():
    created = register("bb-one@example.org", addresses=[{
        "firstname": "Black", "lastname": "Box", "street": ["1 Test Road"], "city": "Austin", "postcode": "78701",
        "country_id": "US", "region_id": 57, "telephone": "555", "default_billing": True, "default_shipping": True,
    }])
    assert created["id"] > 0 and created["group_id"] == 1 and created["default_billing"] == str(created["addresses"][0]["id"])
    fetched = client().get_customer(created["id"])
    assert fetched["email"] == "bb-one@example.org" and fetched["addresses"][0]["region"]["region"] == "Texas"
    updated = client().put_json_api(f"/V1/customers/{created['id']}", json={"customer": {"lastname": "Boxed", "group_id": 2}})
    assert updated["lastname"] == "Boxed" and updated["group_id"] == 2
    found = list(client().get_customers(query=make_field_value_query("email", "bb-one@example.org")))
    assert [c["id"] for c in found] == [created["id"]]
    assert client().get_customer(999999, none_on_404=True) is None


def test_duplicate_email_is_refused():
    register("bb-dup@example.org")
    try:
        register("BB-DUP@example.org")
    except MagentoException as error:
        assert str(error) == "A customer with the same email address already exists in an associated website.", str(error)
    else:
        raise AssertionError("a duplicate account was created")


def test_customer_groups():
    codes = [g["code"] for g in client().get_customer_groups()]
    assert codes[:4] == ["NOT LOGGED IN", "General", "Wholesale", "Retailer"], codes
    group = client().post_json_api("/V1/customerGroups", json={"group": {"code": "BB Group", "tax_class_id": 3}})
    assert group["tax_class_name"] == "Retail Customer"
    assert client().get_json_api("/V1/customerGroups/default")["code"] == "General"
    assert client().delete_json_api(f"/V1/customerGroups/{group['id']}") is True


def test_customer_token_me_password_and_revoke():
    created = register("bb-token@example.org")
    me_client = Magento(token=customer_token("bb-token@example.org"), base_url=BASE_URL, scope="default")
    assert me_client.get_current_customer()["id"] == created["id"]
    assert me_client.change_current_customer_password(PASSWORD, "Blackbox-pass2") is True
    assert me_client.post_json_api("/V1/integration/customer/revoke-customer-token") is True
    try:
        me_client.get_current_customer()
    except MagentoException as error:
        assert "isn't authorized" in str(error), str(error)
    else:
        raise AssertionError("a revoked token still worked")
    try:
        customer_token("bb-token@example.org", PASSWORD)
    except MagentoException as error:
        assert str(error).startswith("The account sign-in was incorrect"), str(error)
    else:
        raise AssertionError("the old password still signed in")


def test_delete_customer_address():
    created = register("bb-address@example.org", addresses=[{
        "firstname": "B", "lastname": "B", "street": ["2 Rue"], "city": "Paris", "postcode": "75001",
        "country_id": "FR", "telephone": "1",
    }])
    address_id = created["addresses"][0]["id"]
    assert client().delete_customer_address(address_id) is True
    assert client().get_customer(created["id"])["addresses"] == []


if __name__ == "__main__":
    sys.exit(run_tests(globals()))
