"""The storefront catalog over GraphQL, driven by gql (a third-party GraphQL client from PyPI):
browse a category with filters and aggregations, open a configurable product by url key, and
resolve a storefront URL with route() (POST JSON, as Hyvä and the VSF client send by default).
Every client here first reads the schema by gql's own full introspection query (with input value
deprecation), and gql validates each operation against it before sending."""
import sys

from gql import Client, gql
from gql.transport.requests import RequestsHTTPTransport

from support import BASE_URL, run_tests


def session(store: str = "default") -> Client:
    transport = RequestsHTTPTransport(url=f"{BASE_URL}/graphql", headers={"Store": store}, use_json=True)
    return Client(transport=transport, fetch_schema_from_transport=True, introspection_args={"input_value_deprecation": True})


CATEGORY = gql("""
query CategoryPage($filter: ProductAttributeFilterInput, $pageSize: Int) {
  categories(filters: {name: {match: "Tops"}}) { items { uid name url_path children { uid name } } }
  products(filter: $filter, pageSize: $pageSize, sort: {price: ASC}) {
    total_count
    page_info { current_page page_size total_pages }
    aggregations { attribute_code label options { label value count } }
    items { __typename uid sku name url_key price_range { minimum_price { final_price { value currency } } } }
  }
}
""")

PRODUCT = gql("""
query ProductDetail($urlKey: String!) {
  products(filter: {url_key: {eq: $urlKey}}) {
    items {
      __typename uid sku name stock_status
      description { html }
      price_range { minimum_price { regular_price { value currency } } maximum_price { final_price { value } } }
      media_gallery { url label }
      ... on ConfigurableProduct {
        configurable_options { attribute_code label values { uid label } }
        variants { attributes { code uid } product { sku stock_status } }
      }
    }
  }
}
""")

ROUTE = gql("""
query ResolveURL($url: String!) {
  route(url: $url) { __typename relative_url redirect_code type ... on ProductInterface { sku } ... on CategoryInterface { uid name } }
}
""")


def first_category():
    result = session().execute(gql("{ categories { items { children { uid name url_path product_count } } } }"))
    children = result["categories"]["items"][0]["children"]
    assert children, result
    return next(child for child in children if child["product_count"] > 0)


def test_browse_a_category_with_filters_and_aggregations():
    category = first_category()
    result = session().execute(CATEGORY, variable_values={"filter": {"category_uid": {"eq": category["uid"]}}, "pageSize": 12})
    products = result["products"]
    assert products["total_count"] > 0
    assert len(products["items"]) <= 12
    prices = [item["price_range"]["minimum_price"]["final_price"]["value"] for item in products["items"]]
    assert prices == sorted(prices), prices
    codes = [aggregation["attribute_code"] for aggregation in products["aggregations"]]
    assert "price" in codes, codes
    price = next(a for a in products["aggregations"] if a["attribute_code"] == "price")
    assert sum(option["count"] for option in price["options"]) == products["total_count"]
    # Narrow by the first price bucket: the count is what layered navigation promised.
    bucket = price["options"][0]
    low, high = bucket["value"].split("_")
    narrowed = session().execute(CATEGORY, variable_values={
        "filter": {"category_uid": {"eq": category["uid"]}, "price": {"from": low, "to": high}}, "pageSize": 12,
    })
    assert narrowed["products"]["total_count"] <= products["total_count"]


def test_open_a_configurable_product_by_url_key():
    listing = session().execute(gql('{ products(search: "Tee", pageSize: 5) { items { __typename url_key } } }'))
    configurable = next(item for item in listing["products"]["items"] if item["__typename"] == "ConfigurableProduct")
    result = session().execute(PRODUCT, variable_values={"urlKey": configurable["url_key"]})
    product = result["products"]["items"][0]
    assert product["__typename"] == "ConfigurableProduct"
    assert product["configurable_options"][0]["attribute_code"] == "size"
    assert len(product["variants"]) == 4
    uids = {value["uid"] for value in product["configurable_options"][0]["values"]}
    for variant in product["variants"]:
        assert variant["attributes"][0]["uid"] in uids


def test_route_resolves_a_product_url():
    listing = session().execute(gql('{ products(search: "Backpack", pageSize: 1) { items { sku url_key url_suffix } } }'))
    item = listing["products"]["items"][0]
    result = session().execute(ROUTE, variable_values={"url": item["url_key"] + item["url_suffix"]})
    assert result["route"]["sku"] == item["sku"]
    assert result["route"]["type"] == "PRODUCT"
    assert result["route"]["redirect_code"] == 0


def test_full_introspection_with_input_value_deprecation():
    client = session()
    with client:
        pass
    schema = client.introspection["__schema"]
    assert schema["queryType"]["name"] == "Query" and schema["mutationType"]["name"] == "Mutation"
    types = {entry["name"]: entry for entry in schema["types"]}
    dob = next(field for field in types["CustomerInput"]["inputFields"] if field["name"] == "dob")
    assert dob["isDeprecated"] is True and dob["deprecationReason"] == "Use `date_of_birth` instead.", dob
    page_size = next(arg for arg in next(f for f in types["Query"]["fields"] if f["name"] == "products")["args"] if arg["name"] == "pageSize")
    assert page_size["defaultValue"] == "20" and page_size["isDeprecated"] is False, page_size
    possible = {entry["name"] for entry in types["ProductInterface"]["possibleTypes"]}
    assert {"SimpleProduct", "ConfigurableProduct", "BundleProduct"} <= possible, possible
    # The schema gql built from our answer knows the storefront's types.
    assert client.schema.get_type("ConfigurableProduct") is not None


if __name__ == "__main__":
    sys.exit(run_tests(globals()))
