import Foundation
import HTTPTypes
import MagentoWire
import Testing

@Suite("GraphQL products")
struct ProductQueryTests {
    @Test("a simple product by SKU: uid, url, stock and price_range as Magento renders them")
    func simpleBySku() async throws {
        try await GraphQLTestApp.withCatalog().run { session in
            let reply = try await session.post("""
            { products(filter: {sku: {eq: "MG-000001"}}) { total_count items { __typename uid id sku name url_key url_suffix
              stock_status description { html } price_range { minimum_price { regular_price { value currency }
              final_price { value currency } discount { amount_off percent_off } } } price { regularPrice { amount { value currency } } } } } }
            """)
            #expect(reply.text == #"{"data":{"products":{"total_count":1,"items":[{"__typename":"SimpleProduct","uid":"MQ==","id":1,"sku":"MG-000001","name":"Joust Messenger Bag 1","url_key":"joust-messenger-bag-1","url_suffix":".html","stock_status":"IN_STOCK","description":{"html":"<p>The Joust Messenger Bag 1 is built for everyday use.</p>"},"price_range":{"minimum_price":{"regular_price":{"value":56.99,"currency":"USD"},"final_price":{"value":56.99,"currency":"USD"},"discount":{"amount_off":0,"percent_off":0}}},"price":{"regularPrice":{"amount":{"value":56.99,"currency":"USD"}}}}]}}}"#)
        }
    }

    @Test("a configurable product by url_key: options and variants with Magento's uids")
    func configurableByUrlKey() async throws {
        try await GraphQLTestApp.withCatalog().run { session in
            let reply = try await session.get("""
            query ProductDetail($urlKey: String) { products(filter: {url_key: {eq: $urlKey}}) { items { __typename sku
              ... on ConfigurableProduct { configurable_options { attribute_code attribute_uid label values { uid label value_index } }
              variants { attributes { code uid value_index } product { sku stock_status } } }
              price_range { minimum_price { final_price { value } } maximum_price { final_price { value } } } } } }
            """, variables: #"{"urlKey":"joust-hoodie-5"}"#)
            #expect(reply.text == #"{"data":{"products":{"items":[{"__typename":"ConfigurableProduct","sku":"MC-000005","configurable_options":[{"attribute_code":"size","attribute_uid":"MTQ0","label":"Size","values":[{"uid":"Y29uZmlndXJhYmxlLzE0NC8xMg==","label":"S","value_index":12},{"uid":"Y29uZmlndXJhYmxlLzE0NC8xMw==","label":"M","value_index":13},{"uid":"Y29uZmlndXJhYmxlLzE0NC8xNA==","label":"L","value_index":14},{"uid":"Y29uZmlndXJhYmxlLzE0NC8xNQ==","label":"XL","value_index":15}]}],"variants":[{"attributes":[{"code":"size","uid":"Y29uZmlndXJhYmxlLzE0NC8xMg==","value_index":12}],"product":{"sku":"MC-000005-S","stock_status":"IN_STOCK"}},{"attributes":[{"code":"size","uid":"Y29uZmlndXJhYmxlLzE0NC8xMw==","value_index":13}],"product":{"sku":"MC-000005-M","stock_status":"IN_STOCK"}},{"attributes":[{"code":"size","uid":"Y29uZmlndXJhYmxlLzE0NC8xNA==","value_index":14}],"product":{"sku":"MC-000005-L","stock_status":"IN_STOCK"}},{"attributes":[{"code":"size","uid":"Y29uZmlndXJhYmxlLzE0NC8xNQ==","value_index":15}],"product":{"sku":"MC-000005-XL","stock_status":"IN_STOCK"}}],"price_range":{"minimum_price":{"final_price":{"value":59}},"maximum_price":{"final_price":{"value":59}}}}]}}}"#)
        }
    }

    @Test("a category page: filters, sort by price, paging, and aggregations whose counts add up")
    func categoryPage() async throws {
        try await GraphQLTestApp.withCatalog().run { session in
            let reply = try await session.post("""
            query($id: String) { products(filter: {category_id: {eq: $id}}, pageSize: 5, currentPage: 2, sort: {price: ASC}) {
              total_count page_info { page_size current_page total_pages }
              aggregations { attribute_code label options { label value count } }
              sort_fields { default options { value } }
              items { sku price_range { minimum_price { final_price { value } } } } } }
            """, variables: #"{"id":"3"}"#)
            let products = try #require(reply.data?["products"])
            let total = Int(products["total_count"]?.numberText ?? "") ?? 0
            #expect(total > 10)
            #expect(products["page_info"] == ["page_size": 5, "current_page": 2, "total_pages": .number(String((total + 4) / 5))])
            let prices = (products["items"]?.arrayValue ?? []).compactMap { Double($0["price_range"]?["minimum_price"]?["final_price"]?["value"]?.numberText ?? "") }
            #expect(prices.count == 5 && prices == prices.sorted())
            let aggregations = products["aggregations"]?.arrayValue ?? []
            let price = try #require(aggregations.first { $0["attribute_code"] == "price" })
            let counted = (price["options"]?.arrayValue ?? []).compactMap { Int($0["count"]?.numberText ?? "") }.reduce(0, +)
            #expect(counted == total)
            #expect(products["sort_fields"] == ["default": "position", "options": [["value": "position"], ["value": "name"], ["value": "price"]]])
        }
    }

    @Test("search ranks name hits first and only finds products visible in search")
    func search() async throws {
        try await GraphQLTestApp.withCatalog().run { session in
            let reply = try await session.post(#"{ products(search: "backpack", pageSize: 3) { total_count items { name } sort_fields { default } } }"#)
            let names = reply.data?["products"]?["items"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
            #expect(names.count == 3 && names.allSatisfy { $0.contains("Backpack") })
            #expect(reply.data?["products"]?["sort_fields"]?["default"] == "relevance")
        }
    }

    @Test("paging errors and a missing search or filter are graphql-input errors")
    func inputErrors() async throws {
        try await GraphQLTestApp.withCatalog().run { session in
            let none = try await session.post("{ products { total_count } }")
            #expect(none.text == #"{"errors":[{"message":"'search' or 'filter' input argument is required.","extensions":{"category":"graphql-input"},"locations":[{"line":1,"column":3}],"path":["products"]}],"data":{"products":null}}"#)
            let far = try await session.post(#"{ products(filter: {sku: {eq: "MG-000001"}}, currentPage: 3) { total_count } }"#)
            #expect(far.text == #"{"errors":[{"message":"currentPage value 3 specified is greater than the 1 page(s) available.","extensions":{"category":"graphql-input"},"locations":[{"line":1,"column":3}],"path":["products"]}],"data":{"products":null}}"#)
            let zero = try await session.post(#"{ products(filter: {sku: {eq: "x"}}, pageSize: 0) { total_count } }"#)
            #expect(zero.errors.first?["message"] == "pageSize value must be greater than 0.")
        }
    }

    @Test("store-view values: the French view's name and EUR prices")
    func storeView() async throws {
        try await GraphQLTestApp.withCatalog().run { session in
            let reply = try await session.post(
                #"{ products(filter: {sku: {eq: "MG-000001"}}) { items { name price_range { minimum_price { final_price { value currency } } } } } }"#,
                headers: ["Store": "fr"]
            )
            #expect(reply.text == #"{"data":{"products":{"items":[{"name":"Joust Messenger Bag 1 (FR)","price_range":{"minimum_price":{"final_price":{"value":52.43,"currency":"EUR"}}}}]}}}"#)
        }
    }
}
