import Foundation
import HTTPTypes
import MagentoWire

/// Products and orders the sales endpoint tests start from.
extension TestSession {
    /// A simple product with `qty` in stock.
    func makeProduct(_ sku: String, price: String = "10", qty: Int = 10, token: String) async throws {
        _ = try await send(.post, "/rest/V1/products", token: token, body: """
            {"product":{"sku":"\(sku)","name":"Item \(sku)","price":\(price),"type_id":"simple","attribute_set_id":4,
            "extension_attributes":{"stock_item":{"qty":\(qty),"is_in_stock":true}}}}
            """)
    }

    /// A guest order of `qty` × `sku` at 10.00 with 5.00 shipping; returns the reply.
    func placeOrder(_ sku: String = "SALE-1", qty: Int = 2, token: String) async throws -> TestReply {
        try await send(.post, "/rest/V1/orders", token: token, body: """
            {"entity":{"customer_email":"ada@example.com","customer_firstname":"Ada","customer_lastname":"Lovelace",
            "shipping_amount":5,"shipping_description":"Flat Rate - Fixed",
            "items":[{"sku":"\(sku)","name":"Item \(sku)","qty_ordered":\(qty),"price":10}],
            "billing_address":{"firstname":"Ada","lastname":"Lovelace","street":["1 Analytical Way"],"city":"London","postcode":"N1 1AA","country_id":"GB","telephone":"0200000000"},
            "payment":{"method":"checkmo"},
            "extension_attributes":{"shipping_assignments":[{"shipping":{"method":"flatrate_flatrate","address":{"firstname":"Ada","lastname":"Lovelace","street":["1 Analytical Way"],"city":"London","postcode":"N1 1AA","country_id":"GB","telephone":"0200000000"}}}]}}}
            """)
    }

    /// Legacy stock qty and MSI salable qty of `sku`, as the API reports them.
    func stock(_ sku: String, token: String) async throws -> (qty: String, salable: String) {
        let item = try await get("/rest/V1/stockItems/\(sku)?fields=qty", token: token)
        let salable = try await get("/rest/V1/inventory/get-product-salable-quantity/\(sku)/1", token: token)
        return (item.text, salable.text)
    }
}
