"""Black-box GraphQL checkout: the PyPI client `gql` drives /graphql the way a headless storefront
does (browse a category with filters, open a configurable product, fill a guest cart, check out,
sign a customer in and read their orders), and the order is read back over REST.
Run by scripts/blackbox.
"""
import re
import sys

from gql import Client, gql
from gql.transport.exceptions import TransportQueryError
from gql.transport.requests import RequestsHTTPTransport

from support import BASE_URL, client, run_tests

DEMO_PASSWORD = "Magpie-demo1"
TEXAS = ('{firstname: "Grace", lastname: "Hopper", street: ["1 Compiler Way"], city: "Austin", region_id: 57, '
         'postcode: "78701", country_code: "US", telephone: "555-0100"}')


def graphql(token: str | None = None) -> Client:
    headers = {"Store": "default"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    transport = RequestsHTTPTransport(url=f"{BASE_URL}/graphql", headers=headers, timeout=30)
    return Client(transport=transport, fetch_schema_from_transport=False)


def run(query: str, variables: dict | None = None, token: str | None = None) -> dict:
    return graphql(token).execute(gql(query), variable_values=variables or {})


def configurable_in_a_category() -> tuple[dict, str]:
    """A configurable product found by browsing: the first category whose filtered listing has one."""
    # Products sit in the leaves (Men > Tops), and product_count counts a category's own products,
    # so the whole tree is walked, as a storefront's menu does.
    tree = run("{ categories(filters: {}) { items { uid children { uid name product_count "
               "children { uid name product_count children { uid name product_count } } } } } }")

    def walk(nodes):
        for node in nodes:
            yield node
            yield from walk(node.get("children") or [])
    categories = [c for item in tree["categories"]["items"] for c in walk(item["children"]) if c["product_count"] > 0]
    assert categories, tree
    for category in categories:
        listing = run("""
            query Listing($uid: String!) {
              products(filter: {category_uid: {eq: $uid}, price: {from: "0", to: "10000"}}, pageSize: 20, sort: {price: ASC}) {
                total_count
                aggregations { attribute_code count options { label value count } }
                items { __typename sku url_key name }
              }
            }""", {"uid": category["uid"]})
        products = listing["products"]
        assert products["total_count"] >= len(products["items"]) > 0, listing
        assert any(a["attribute_code"] == "price" for a in products["aggregations"]), products["aggregations"]
        for item in products["items"]:
            if item["__typename"] == "ConfigurableProduct":
                return item, category["uid"]
    raise AssertionError("no configurable product in any category")


def open_product(url_key: str) -> dict:
    detail = run("""
        query Detail($key: String!) {
          products(filter: {url_key: {eq: $key}}) {
            items { __typename sku name
              price_range { minimum_price { final_price { value currency } } }
              ... on ConfigurableProduct {
                configurable_options { attribute_code uid values { uid label } }
                variants { product { sku stock_status } attributes { code uid } } } }
          }
        }""", {"key": url_key})
    items = detail["products"]["items"]
    assert len(items) == 1 and items[0]["__typename"] == "ConfigurableProduct", detail
    return items[0]


def check_out(cart: str, email: str | None) -> dict:
    if email:
        run('mutation($c: String!, $e: String!) { setGuestEmailOnCart(input: {cart_id: $c, email: $e}) { cart { email } } }',
            {"c": cart, "e": email})
    shipping = run('mutation($c: String!) { setShippingAddressesOnCart(input: {cart_id: $c, shipping_addresses: [{address: '
                   + TEXAS + '}]}) { cart { shipping_addresses { available_shipping_methods { carrier_code method_code } } } } }',
                   {"c": cart})
    methods = shipping["setShippingAddressesOnCart"]["cart"]["shipping_addresses"][0]["available_shipping_methods"]
    assert {"carrier_code": "flatrate", "method_code": "flatrate"} in methods, methods
    run('mutation($c: String!) { setBillingAddressOnCart(input: {cart_id: $c, billing_address: {same_as_shipping: true}}) '
        '{ cart { billing_address { city } } } }', {"c": cart})
    run('mutation($c: String!) { setShippingMethodsOnCart(input: {cart_id: $c, shipping_methods: '
        '[{carrier_code: "flatrate", method_code: "flatrate"}]}) { cart { id } } }', {"c": cart})
    payment = run('mutation($c: String!) { setPaymentMethodOnCart(input: {cart_id: $c, payment_method: {code: "checkmo"}}) '
                  '{ cart { selected_payment_method { code } prices { grand_total { value } } } } }', {"c": cart})
    assert payment["setPaymentMethodOnCart"]["cart"]["selected_payment_method"]["code"] == "checkmo"
    placed = run('mutation($c: String!) { placeOrder(input: {cart_id: $c}) { order { order_number } '
                 'orderV2 { number total { grand_total { value } } } errors { code message } } }', {"c": cart})
    result = placed["placeOrder"]
    assert result["errors"] == [], result
    assert result["order"]["order_number"] == result["orderV2"]["number"]
    assert payment["setPaymentMethodOnCart"]["cart"]["prices"]["grand_total"]["value"] == result["orderV2"]["total"]["grand_total"]["value"]
    return result


def test_guest_buys_a_configurable_product_found_by_browsing():
    listed, _ = configurable_in_a_category()
    product = open_product(listed["url_key"])
    variant = next(v for v in product["variants"] if v["product"]["stock_status"] == "IN_STOCK")
    cart = run("mutation { cartId: createEmptyCart }")["cartId"]
    assert re.fullmatch(r"[A-Za-z0-9]{32}", cart), cart
    added = run("""
        mutation Add($cart: String!, $items: [CartItemInput!]!) {
          addProductsToCart(cartId: $cart, cartItems: $items) {
            cart { total_quantity items { __typename product { sku } ... on ConfigurableCartItem { configured_variant { sku } } } }
            user_errors { code message }
          }
        }""", {"cart": cart, "items": [{"sku": product["sku"], "quantity": 1,
                                        "selected_options": [a["uid"] for a in variant["attributes"]]}]})
    result = added["addProductsToCart"]
    assert result["user_errors"] == [], result
    line = result["cart"]["items"][0]
    assert line["__typename"] == "ConfigurableCartItem" and line["product"]["sku"] == product["sku"], line
    assert line["configured_variant"]["sku"] == variant["product"]["sku"], line
    placed = check_out(cart, "grace@example.com")
    # pymagento reads the same order over REST with the admin token.
    order = client().get_order_by_increment_id(placed["order"]["order_number"])
    assert order["customer_email"] == "grace@example.com" and order["customer_is_guest"] == 1
    assert order["grand_total"] == placed["orderV2"]["total"]["grand_total"]["value"]
    assert [i["sku"] for i in order["items"] if not i.get("parent_item_id")] == [variant["product"]["sku"]]


def test_customer_signs_in_checks_out_and_reads_orders():
    token = run('mutation { generateCustomerToken(email: "roni_cost@example.com", password: "%s") { token } }'
                % DEMO_PASSWORD)["generateCustomerToken"]["token"]
    assert token.count(".") == 2
    cart = run("{ customerCart { id } }", token=token)["customerCart"]["id"]
    listed, _ = configurable_in_a_category()
    product = open_product(listed["url_key"])
    variant = next(v for v in product["variants"] if v["product"]["stock_status"] == "IN_STOCK")
    run('mutation($c: String!, $sku: String!, $parent: String!) { addConfigurableProductsToCart(input: {cart_id: $c, '
        'cart_items: [{parent_sku: $parent, data: {sku: $sku, quantity: 1}}]}) { cart { total_quantity } } }',
        {"c": cart, "sku": variant["product"]["sku"], "parent": product["sku"]}, token=token)
    graph = graphql(token)
    for step in [
        'setShippingAddressesOnCart(input: {cart_id: $c, shipping_addresses: [{address: ' + TEXAS + '}]}) { cart { id } }',
        'setBillingAddressOnCart(input: {cart_id: $c, billing_address: {same_as_shipping: true}}) { cart { id } }',
        'setShippingMethodsOnCart(input: {cart_id: $c, shipping_methods: [{carrier_code: "flatrate", method_code: "flatrate"}]}) { cart { id } }',
        'setPaymentMethodOnCart(input: {cart_id: $c, payment_method: {code: "checkmo"}}) { cart { id } }',
    ]:
        graph.execute(gql('mutation($c: String!) { ' + step + ' }'), variable_values={"c": cart})
    placed = graph.execute(gql('mutation($c: String!) { placeOrder(input: {cart_id: $c}) { orderV2 { number } errors { code } } }'),
                           variable_values={"c": cart})["placeOrder"]
    assert placed["errors"] == [], placed
    number = placed["orderV2"]["number"]
    orders = run("""
        query { customer { email orders(filter: {number: {eq: "%s"}}, pageSize: 5) { total_count
          items { number status total { grand_total { value } } items { product_sku quantity_ordered } invoices { number } shipments { number } } } } }"""
                 % number, token=token)["customer"]
    assert orders["email"] == "roni_cost@example.com"
    assert orders["orders"]["total_count"] == 1, orders
    mine = orders["orders"]["items"][0]
    assert mine["number"] == number and mine["status"] == "Pending" and mine["invoices"] == [] and mine["shipments"] == []
    assert mine["items"][0]["product_sku"] == variant["product"]["sku"], mine
    rest = client().get_order_by_increment_id(number)
    assert rest["customer_email"] == "roni_cost@example.com" and rest["customer_is_guest"] == 0
    assert rest["grand_total"] == mine["total"]["grand_total"]["value"]


def test_errors_arrive_as_magento_renders_them():
    try:
        run('{ cart(cart_id: "no-such-cart") { id } }')
        raise AssertionError("an unknown cart was answered")
    except TransportQueryError as error:
        assert error.errors[0]["message"] == 'Could not find a cart with ID "no-such-cart"', error.errors
        assert error.errors[0]["extensions"]["category"] == "graphql-no-such-entity", error.errors
    try:
        run("{ customer { email } }")
        raise AssertionError("a guest read a customer")
    except TransportQueryError as error:
        assert error.errors[0]["extensions"]["category"] == "graphql-authorization", error.errors


if __name__ == "__main__":
    sys.exit(run_tests(globals()))
