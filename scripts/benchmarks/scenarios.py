"""The scenarios of issue 17, each measured against one running magpie (SQLite or PostgreSQL)."""
import concurrent.futures
import os
import time
import urllib.parse

from servers import Client, admin_token, wrk

ADDRESS = {"firstname": "Ada", "lastname": "Lovelace", "street": ["1 Market St"], "city": "San Francisco",
           "region_id": 12, "postcode": "94105", "country_id": "US", "telephone": "5550100"}


def criteria(filters: list[tuple[str, str, str]], sort: tuple[str, str] | None, page_size: int = 20) -> str:
    """A searchCriteria query string: one filter group per filter (AND), optionally sorted."""
    parts = []
    for group, (field, value, condition) in enumerate(filters):
        prefix = f"searchCriteria[filter_groups][{group}][filters][0]"
        parts += [(f"{prefix}[field]", field), (f"{prefix}[value]", value), (f"{prefix}[condition_type]", condition)]
    if sort:
        parts += [("searchCriteria[sortOrders][0][field]", sort[0]), ("searchCriteria[sortOrders][0][direction]", sort[1])]
    parts.append(("searchCriteria[pageSize]", str(page_size)))
    return urllib.parse.urlencode(parts)


# (key, label, target kind, target value). Kinds: ratio (to the bare route), rate (per second),
# max (a ceiling, smaller is better).
TARGETS = [
    ("countries", "anonymous GET /V1/directory/countries/DE (the pipeline alone)", "ratio", 0.8),
    ("store_views", "GET /V1/store/storeViews (admin JWT)", "ratio", None),
    ("events_page", "GET /V1/events/search, filtered + sorted page of 20 with total_count", "ratio", None),
    ("product_get", "GET /V1/products/:sku, a different SKU each request", "ratio", 0.5),
    ("soap_product_get", "SOAP catalogProductRepositoryV1Get, the same SKUs (issue 19: >= 0.5x product_get)", "ratio", 0.25),
    ("product_page", "GET /V1/products, price range, sorted, page of 20 with total_count", "ratio", 0.2),
    ("product_save", "PUT /V1/products/:sku (name + price): saves/s", "rate", 3000),
    ("stock_update", "PUT /V1/products/:sku/stockItems/1: updates/s", "rate", 5000),
    ("cart_totals", "guest cart totals (3 lines, rules, tax, shipping)", "ratio", 0.2),
    ("gql_listing", "GraphQL GET products: category page of 20 with aggregations", "ratio", 0.1),
    ("gql_detail", "GraphQL GET products by url_key: configurable detail", "ratio", 0.25),
    ("gql_repeat", "GraphQL GET storeConfig, the same query repeated (cached)", "ratio", 0.5),
    ("place_order", "place order (guest cart -> payment-information): orders/s", "rate", 500),
    ("bulk_applied", "async bulk of product creates, applied: operations/s", "rate", 20000),
    ("cold_start_ms", "cold start on a new database with the demo data (ms)", "max", 300),
    ("idle_rss_mb", "idle RSS after start (MB)", "max", 60),
    ("loaded_rss_mb", "RSS after the load above (MB)", "max", 400),
]


class Scenarios:
    def __init__(self, base: str, settings: dict):
        self.base = base
        self.settings = settings
        self.token = admin_token(base)
        self.bulk_uuid: str | None = None

    def run(self, url: str, token: str | None = None, script: str | None = None, args=None) -> dict:
        s = self.settings
        return wrk(url, s["duration"], s["connections"], s["threads"], token, script, args)

    def snapshots(self) -> dict:
        """Restoring a snapshot of the store as it is (median of 5 through the admin route) and, on
        SQLite, the first request in a new sandbox (copy of the store and a service stack)."""
        client = Client(self.base, self.token)
        client.call("POST", "/rest/V1/magpie/snapshots", {"name": "bench"})
        times = []
        for _ in range(5):
            started = time.monotonic()
            client.call("POST", "/rest/V1/magpie/snapshots/bench/restore")
            times.append((time.monotonic() - started) * 1000)
        result = {"restore_ms": sorted(times)[2], "sandbox_first_request_ms": None}
        try:
            started = time.monotonic()
            Client(self.base).call("GET", "/sandbox/bench/rest/V1/directory/countries/DE")
            result["sandbox_first_request_ms"] = (time.monotonic() - started) * 1000
            client.call("DELETE", "/rest/V1/magpie/sandboxes/bench")
        except RuntimeError:
            pass  # PostgreSQL holds no sandboxes
        client.call("DELETE", "/rest/V1/magpie/snapshots/bench")
        return result

    def simples(self) -> list[str]:
        return [str(self.settings["simples"])]

    def reads(self) -> dict:
        b, t = self.base + "/rest/V1", self.token
        return {
            "countries": self.run(f"{b}/directory/countries/DE"),
            "store_views": self.run(f"{b}/store/storeViews", t),
            "events_page": self.run(f"{b}/events/search?" + criteria(
                [("event_type", "admin_user.created", "eq")], ("event_id", "ASC")), t),
            "product_get": self.run(self.base, t, "product-get.lua", self.simples()),
            "soap_product_get": self.run(self.base, t, "soap-product-get.lua", self.simples()),
            "product_page": self.run(f"{b}/products?" + criteria(
                [("price", "50", "gteq"), ("price", "52", "lt")], ("price", "ASC")), t),
        }

    def graphql(self) -> dict:
        """Storefront queries sent by GET, as PWA Studio sends them."""
        def url(query: str) -> str:
            return self.base + "/graphql?" + urllib.parse.urlencode({"query": query})
        listing = url('{ products(filter: {category_id: {eq: "3"}}, pageSize: 20, sort: {price: ASC}) { total_count '
                      'aggregations { attribute_code options { label value count } } items { __typename uid sku name '
                      'url_key stock_status small_image { url } price_range { minimum_price { final_price { value currency } } } '
                      '... on ConfigurableProduct { variants { product { sku } } } } } }')
        def first_key(query: str):
            items = Client(self.base).call("GET", "/graphql?" + urllib.parse.urlencode({"query": query}))
            items = ((items.get("data") or {}).get("products") or {}).get("items") or []
            return items[0]["url_key"] if items else None
        # A configurable tee when the profile has one, else any product of the listed category.
        key = first_key('{ products(search: "Tee", pageSize: 1) { items { url_key } } }') or first_key(
            '{ products(filter: {category_id: {eq: "3"}}, pageSize: 1) { items { url_key } } }')
        detail = url('{ products(filter: {url_key: {eq: "%s"}}) { items { __typename uid sku name description { html } '
                     'price_range { minimum_price { regular_price { value } final_price { value } } } media_gallery { url } '
                     '... on ConfigurableProduct { configurable_options { attribute_code values { uid label } } '
                     'variants { attributes { uid } product { sku stock_status } } } } } }' % key)
        repeat = url('{ storeConfig { store_code locale base_currency_code root_category_uid product_url_suffix } }')
        return {"gql_listing": self.run(listing), "gql_detail": self.run(detail), "gql_repeat": self.run(repeat)}

    def writes(self) -> dict:
        return {
            "product_save": self.run(self.base, self.token, "product-save.lua", self.simples()),
            "stock_update": self.run(self.base, self.token, "stock-update.lua", self.simples()),
        }

    def cart_totals(self) -> dict:
        client = Client(self.base)
        cart = client.call("POST", "/rest/V1/guest-carts")
        for sku in ("MG-000001", "MG-000002", "MG-000003"):
            client.call("POST", f"/rest/V1/guest-carts/{cart}/items", {"cartItem": {"sku": sku, "qty": 1}})
        self.ship(client, cart)
        return {"cart_totals": self.run(f"{self.base}/rest/V1/guest-carts/{cart}/totals")}

    @staticmethod
    def ship(client: Client, cart: str):
        client.call("POST", f"/rest/V1/guest-carts/{cart}/shipping-information", {"addressInformation": {
            "shipping_address": ADDRESS, "billing_address": ADDRESS,
            "shipping_carrier_code": "flatrate", "shipping_method_code": "flatrate"}})

    def place_orders(self, work: str) -> dict:
        """Prepares carts (one line each, shipping chosen) with a thread pool, then wrk places them."""
        count = self.settings["order_carts"]

        def prepare(index: int) -> str:
            client = Client(self.base)
            cart = client.call("POST", "/rest/V1/guest-carts")
            n = (index * 7919) % self.settings["simples"]
            sku = f"MG-{n + n // 4 + 1:06d}"
            client.call("POST", f"/rest/V1/guest-carts/{cart}/items", {"cartItem": {"sku": sku, "qty": 1}})
            self.ship(client, cart)
            return cart

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            carts = list(pool.map(prepare, range(count)))
        path = os.path.join(work, "carts.txt")
        with open(path, "w") as file:
            file.write("\n".join(carts) + "\n")
        before = self.order_count()
        started = time.monotonic()
        result = self.run(self.base, None, "place-order.lua", [path, str(self.settings["threads"])])
        elapsed = time.monotonic() - started
        placed = self.order_count() - before
        result["rps"] = placed / elapsed
        result["note"] = f"{placed} of {count} prepared carts placed" + (" (all: a floor)" if placed >= count else "")
        return {"place_order": result}

    def order_count(self) -> int:
        page = Client(self.base, self.token).call("GET", "/rest/V1/orders?searchCriteria[pageSize]=1")
        return page["total_count"]

    def bulk(self) -> dict:
        """One async bulk of new products; operations/s from the 202 until every one is complete."""
        count = self.settings["bulk_operations"]
        client = Client(self.base, self.token)
        stamp = int(time.time())
        body = [{"product": {"sku": f"BULK-{stamp}-{i}", "name": f"Bulk {i}", "attribute_set_id": 4, "price": 10 + i % 50,
                             "type_id": "simple", "status": 1, "visibility": 4}} for i in range(count)]
        accepted_at = time.monotonic()
        accepted = client.call("POST", "/rest/all/async/bulk/V1/products", body)
        accept_seconds = time.monotonic() - accepted_at
        uuid = accepted["bulk_uuid"]
        self.bulk_uuid = uuid
        deadline = time.monotonic() + self.settings["bulk_timeout"]
        done = 0
        while time.monotonic() < deadline:
            done = client.call("GET", f"/rest/V1/bulk/{uuid}/operation-status/1")
            if done >= count:
                break
            time.sleep(0.2)
        elapsed = time.monotonic() - accepted_at
        return {"bulk_applied": {"rps": done / elapsed, "note": f"{done} of {count} applied in {elapsed:.1f} s; "
                                                                f"accepted in {accept_seconds:.2f} s"}}
