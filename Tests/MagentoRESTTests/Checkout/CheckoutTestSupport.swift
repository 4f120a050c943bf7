import Foundation
import HTTPTypes
import MagentoWire
import Testing

/// Carts and addresses the checkout endpoint tests share.
extension TestSession {
    /// San Francisco: the demo tax rules charge 8.25% there.
    static let california = #"{"firstname":"Ada","lastname":"Lovelace","street":["1 Market St"],"city":"San Francisco","region_id":12,"region":"California","postcode":"94105","country_id":"US","telephone":"5550100","email":"ada@example.com"}"#
    /// Austin: no demo tax rate.
    static let texas = #"{"firstname":"Jane","lastname":"Doe","street":["1 Main St"],"city":"Austin","region_id":57,"region":"Texas","postcode":"78701","country_id":"US","telephone":"555-0100"}"#

    /// A new guest cart's masked id.
    func guestCart() async throws -> String {
        let reply = try await send(.post, "/rest/V1/guest-carts")
        #expect(reply.status == .ok)
        guard case .string(let masked)? = reply.json else {
            Issue.record("no masked id in \(reply.text)")
            return ""
        }
        return masked
    }

    /// An admin token and the path of a new guest cart, with SALE-1 (10.00, 10 in stock) in the catalog.
    func guestCartWithProduct() async throws -> (token: String, cart: String) {
        let token = try await adminToken()
        try await makeProduct("SALE-1", token: token)
        return (token, "/rest/V1/guest-carts/\(try await guestCart())")
    }

    /// An admin token and the token of customer jane@example.com, whose active cart holds one SALE-1.
    func customerCartWithProduct() async throws -> (admin: String, token: String) {
        let admin = try await adminToken()
        try await makeProduct("SALE-1", token: admin)
        try await register("jane@example.com")
        let token = try await customerToken("jane@example.com")
        _ = try await send(.post, "/rest/V1/carts/mine", token: token)
        _ = try await addItem("/rest/V1/carts/mine", sku: "SALE-1", qty: 1, token: token)
        return (admin, token)
    }

    func addItem(_ cartPath: String, sku: String, qty: Int, token: String? = nil) async throws -> TestReply {
        try await send(.post, "\(cartPath)/items", token: token, body: #"{"cartItem":{"sku":"\#(sku)","qty":\#(qty)}}"#)
    }

    func shippingInformation(_ cartPath: String, address: String, carrier: String = "flatrate", method: String = "flatrate", token: String? = nil) async throws -> TestReply {
        try await send(.post, "\(cartPath)/shipping-information", token: token, body: """
            {"addressInformation":{"shipping_address":\(address),"billing_address":\(address),"shipping_carrier_code":"\(carrier)","shipping_method_code":"\(method)"}}
            """)
    }
}

enum CheckoutSamples {
    static let emptyGuestCart = #"{"id":1,"created_at":"2026-09-21 14:13:20","updated_at":"2026-09-21 14:13:20","is_active":true,"is_virtual":false,"items":[],"items_count":0,"items_qty":0,"customer":{},"billing_address":{"street":[""],"same_as_billing":0,"save_in_address_book":0},"orig_order_id":0,"currency":{"global_currency_code":"USD","base_currency_code":"USD","store_currency_code":"USD","quote_currency_code":"USD","store_to_base_rate":1,"store_to_quote_rate":1,"base_to_global_rate":1,"base_to_quote_rate":1},"customer_is_guest":true,"customer_note_notify":true,"customer_tax_class_id":3,"store_id":1,"extension_attributes":{"shipping_assignments":[]}}"#
    static let paymentMethods = #"[{"code":"checkmo","title":"Check / Money order"},{"code":"banktransfer","title":"Bank Transfer Payment"},{"code":"cashondelivery","title":"Cash On Delivery"},{"code":"purchaseorder","title":"Purchase Order"}]"#
    /// Two units at 10.00 shipped to California: flat rate 2 × 5, tax 8.25% of 20 = 1.65, grand total 31.65.
    static let californiaTotals = #"{"grand_total":31.65,"base_grand_total":31.65,"subtotal":20,"base_subtotal":20,"discount_amount":0,"base_discount_amount":0,"subtotal_with_discount":20,"base_subtotal_with_discount":20,"shipping_amount":10,"base_shipping_amount":10,"shipping_discount_amount":0,"base_shipping_discount_amount":0,"tax_amount":1.65,"base_tax_amount":1.65,"shipping_tax_amount":0,"base_shipping_tax_amount":0,"subtotal_incl_tax":21.65,"shipping_incl_tax":10,"base_shipping_incl_tax":10,"base_currency_code":"USD","quote_currency_code":"USD","items_qty":2,"items":[{"item_id":1,"price":10,"base_price":10,"qty":2,"row_total":20,"base_row_total":20,"row_total_with_discount":20,"tax_amount":1.65,"base_tax_amount":1.65,"tax_percent":8.25,"discount_amount":0,"base_discount_amount":0,"discount_percent":0,"price_incl_tax":10.83,"base_price_incl_tax":10.83,"row_total_incl_tax":21.65,"base_row_total_incl_tax":21.65,"options":"[]","name":"Item SALE-1"}],"total_segments":[{"code":"subtotal","title":"Subtotal","value":20},{"code":"shipping","title":"Shipping & Handling (Flat Rate - Fixed)","value":10},{"code":"tax","title":"Tax","value":1.65},{"code":"grand_total","title":"Grand Total","value":31.65,"area":"footer"}]}"#
}
