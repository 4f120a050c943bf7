import MagentoWire
import Testing

/// Operations written the way the storefronts write theirs (our own text, modelled on PWA
/// Studio's talons, Vue Storefront's api-client and Hyvä's fetch calls): GET with shrunk text,
/// fragments on interfaces, inline fragments on types the data never has, aliases, deprecated
/// fields, commas as whitespace, the same field selected twice, `__typename` everywhere.
@Suite("GraphQL storefront operations")
struct StorefrontOperationTests {
    static let productDetail = """
    query getProductDetailForProductPage($urlKey: String!) {
      products(filter: { url_key: { eq: $urlKey } }) {
        items { id, uid, ...ProductDetailsFragment, __typename }
        __typename
      }
    }
    fragment ProductDetailsFragment on ProductInterface {
      __typename
      categories { uid breadcrumbs { category_uid __typename } __typename }
      description { html __typename }
      id uid name sku url_key
      price { regularPrice { amount { currency value __typename } __typename } __typename }
      price_range { maximum_price { final_price { currency value __typename } discount { amount_off __typename } __typename } __typename }
      media_gallery_entries { uid label position disabled file __typename }
      stock_status
      ... on ConfigurableProduct {
        configurable_options { attribute_code attribute_id id label
          values { default_label label store_label use_default_value value_index
            swatch_data { ... on ImageSwatchData { thumbnail } value __typename } __typename } __typename }
        variants { attributes { code value_index __typename } product { uid stock_status sku sku __typename } __typename }
      }
      ... on GroupedProduct { items { qty product { sku } } }
      ... on DownloadableProduct { downloadable_product_links { title } }
    }
    """

    @Test("PWA Studio's product page, sent by GET with fragments, deprecated fields and duplicates")
    func productPage() async throws {
        try await GraphQLTestApp.withCatalog().run { session in
            let reply = try await session.get(Self.productDetail, variables: #"{"urlKey":"joust-hoodie-5"}"#, operationName: "getProductDetailForProductPage")
            #expect(reply.errors.isEmpty, "\(reply.text.prefix(500))")
            let item = try #require(reply.data?["products"]?["items"]?.arrayValue?.first)
            #expect(item["__typename"] == "ConfigurableProduct")
            #expect(item["id"] == 5)
            #expect(item["price"]?["regularPrice"]?["amount"] == ["currency": "USD", "value": 59, "__typename": "Money"])
            #expect(item["configurable_options"]?.arrayValue?.first?["attribute_id"] == "144")
            #expect(item["variants"]?.arrayValue?.first?["product"]?["__typename"] == "SimpleProduct")
            #expect(item["categories"]?.arrayValue?.first?["breadcrumbs"]?.arrayValue?.first?["category_uid"] == "Nw==")
        }
    }

    @Test("a VSF-style category listing and route lookup with aliases in one operation")
    func aliasesAndTwoRoots() async throws {
        try await GraphQLTestApp.withCatalog().run { session in
            let reply = try await session.post("""
            query categoryAndRoute($filters: CategoryFilterInput, $url: String!,) {
              nav: categories(filters: $filters,) { items { uid name, children { uid name include_in_menu } } }
              here: route(url: $url) { __typename ... on CategoryInterface { uid url_path } ... on ProductInterface { sku } }
              again: route(url: $url) { type redirect_code relative_url }
            }
            """, variables: #"{"filters":{"url_path":{"eq":"women"}},"url":"women/tops.html"}"#)
            #expect(reply.errors.isEmpty, "\(reply.text.prefix(500))")
            #expect(reply.data?["nav"]?["items"]?.arrayValue?.first?["name"] == "Women")
            #expect(reply.data?["here"] == ["__typename": "CategoryTree", "uid": "MTE=", "url_path": "women/tops"])
            #expect(reply.data?["again"] == ["type": "CATEGORY", "redirect_code": 0, "relative_url": "women/tops.html"])
        }
    }
}
