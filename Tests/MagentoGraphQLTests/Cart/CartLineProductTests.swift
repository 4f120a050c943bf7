import Foundation
import MagentoWire
import Testing

/// A cart line's `product` and `configured_variant` are the catalog's `ProductInterface`
/// rendering: what PWA Studio's cart page selects.
@Suite("GraphQL cart line products")
struct CartLineProductTests {
    static let productFields = """
        __typename sku name url_key stock_status small_image { url label }
        price_range { minimum_price { final_price { value currency } } maximum_price { final_price { value } } }
        ... on ConfigurableProduct { configurable_options { attribute_code label values { label } } variants { product { sku } } }
        """
    static let cartPage = """
        query ($cartId: String!) { cart(cart_id: $cartId) { items { __typename
          product { \(productFields) }
          ... on ConfigurableCartItem { configurable_options { option_label value_label }
            configured_variant { __typename sku name stock_status price_range { minimum_price { final_price { value } } } } } } } }
        """

    @Test("cart lines carry full products: prices, image, stock, configurable options and the chosen variant", arguments: CartEngine.all)
    func fullProducts(engine: CartEngine) async throws {
        try await GraphQLTestApp.run(on: engine) { session in
            let admin = try await session.adminToken()
            try await session.makeProduct("SALE-1", price: "12.5", token: admin)
            _ = try await session.makeTee(token: admin)
            let cart = try await session.newCart()
            let added = try await session.gql(
                "mutation ($c: String!) { addProductsToCart(cartId: $c, cartItems: [{sku: \"SALE-1\", quantity: 1}, {sku: \"TEE-M\", parent_sku: \"TEE\", quantity: 1}]) { user_errors { code } } }",
                variables: #"{"c":"\#(cart)"}"#
            )
            #expect(added.text == #"{"data":{"addProductsToCart":{"user_errors":[]}}}"#)
            let reply = try await session.gql(Self.cartPage, variables: #"{"cartId":"\#(cart)"}"#)
            #expect(reply.text == Self.expected, "\(reply.text)")
            // The same rendering as the catalog's for the same selection.
            let catalog = try await session.post(#"{ products(filter: {sku: {in: ["TEE", "SALE-1"]}}) { items { "# + Self.productFields + " } } }")
            let bySku = { (items: [JSONValue]) in items.sorted { ($0["sku"]?.stringValue ?? "") < ($1["sku"]?.stringValue ?? "") } }
            let cartProducts = bySku((reply.data?["cart"]?["items"]?.arrayValue ?? []).compactMap { $0["product"] })
            let catalogProducts = bySku(catalog.data?["products"]?["items"]?.arrayValue ?? [])
            #expect(cartProducts.count == 2 && cartProducts == catalogProducts, "\(catalog.text)")
        }
    }

    /// TEE's own stock item is out of stock (the fixture gives it none), so the parent reads
    /// OUT_OF_STOCK exactly as the catalog's `products` answers it (checked in the test).
    static let expected = #"{"data":{"cart":{"items":[{"__typename":"SimpleCartItem","product":{"__typename":"SimpleProduct","sku":"SALE-1","name":"Item SALE-1","url_key":"sale-1","stock_status":"IN_STOCK","small_image":{"url":"http://magpie.test/media/catalog/product/placeholder/default/image.jpg","label":"Item SALE-1"},"price_range":{"minimum_price":{"final_price":{"value":12.5,"currency":"USD"}},"maximum_price":{"final_price":{"value":12.5}}}}},{"__typename":"ConfigurableCartItem","product":{"__typename":"ConfigurableProduct","sku":"TEE","name":"Tee","url_key":"tee","stock_status":"OUT_OF_STOCK","small_image":{"url":"http://magpie.test/media/catalog/product/placeholder/default/image.jpg","label":"Tee"},"price_range":{"minimum_price":{"final_price":{"value":15,"currency":"USD"}},"maximum_price":{"final_price":{"value":17}}},"configurable_options":[{"attribute_code":"size","label":"Size","values":[{"label":"S"},{"label":"M"}]}],"variants":[{"product":{"sku":"TEE-S"}},{"product":{"sku":"TEE-M"}}]},"configurable_options":[{"option_label":"Size","value_label":"M"}],"configured_variant":{"__typename":"SimpleProduct","sku":"TEE-M","name":"Tee TEE-M","stock_status":"IN_STOCK","price_range":{"minimum_price":{"final_price":{"value":17}}}}}]}}}"#
}
