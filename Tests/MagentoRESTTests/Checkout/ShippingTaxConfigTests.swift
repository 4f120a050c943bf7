import CommerceDomain
import Foundation
import HTTPTypes
import Logging
import MagentoWire
import MagpieServer
import Testing

/// Shipping taxed through the real router: `tax/classes/shipping_tax_class` set with
/// `magpie config set` (ConfigAdmin) before the server starts on that database.
@Suite("Shipping tax through the router")
struct ShippingTaxConfigTests {
    @Test("shipping taxed as taxable goods in California: 2 × 10.00 + flat rate 10.00, tax 1.65 + 0.83 (8.25% of 10 = 0.825, rounded up)")
    func shippingTaxedInTotalsAndOrder() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("magpie-shiptax-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let configuration = ServerConfiguration(database: path, adminPassword: TestApp.adminPassword)
        _ = try await ConfigAdmin.set(
            configuration, scope: .default, scopeCode: nil, path: "tax/classes/shipping_tax_class", value: "2", logger: Logger(label: "test")
        )
        try await TestApp.make { $0.database = path }.run { session in
            let (token, cart) = try await session.guestCartWithProduct()
            _ = try await session.addItem(cart, sku: "SALE-1", qty: 2)
            let estimate = try await session.send(.post, "\(cart)/estimate-shipping-methods", body: #"{"address":\#(TestSession.california)}"#)
            #expect(estimate.text == #"[{"carrier_code":"flatrate","method_code":"flatrate","carrier_title":"Flat Rate","method_title":"Fixed","amount":10,"base_amount":10,"available":true,"error_message":"","price_excl_tax":10,"price_incl_tax":10.83}]"#)
            _ = try await session.shippingInformation(cart, address: TestSession.california)
            let totals = try await session.get("\(cart)/totals?fields=grand_total,subtotal,shipping_amount,shipping_tax_amount,base_shipping_tax_amount,shipping_incl_tax,tax_amount,total_segments[code,value]")
            #expect(totals.text == #"{"grand_total":32.48,"subtotal":20,"shipping_amount":10,"tax_amount":2.48,"shipping_tax_amount":0.83,"base_shipping_tax_amount":0.83,"shipping_incl_tax":10.83,"total_segments":[{"code":"subtotal","value":20},{"code":"shipping","value":10},{"code":"tax","value":2.48},{"code":"grand_total","value":32.48}]}"#)
            let placed = try await session.send(.post, "\(cart)/payment-information", body: #"{"email":"ada@example.com","paymentMethod":{"method":"checkmo"},"billingAddress":\#(TestSession.california)}"#)
            #expect(placed.status == .ok)
            guard case .string(let orderId)? = placed.json else {
                Issue.record("no order id in \(placed.text)")
                return
            }
            let order = try await session.get("/rest/V1/orders/\(orderId)?fields=shipping_amount,shipping_tax_amount,shipping_incl_tax,tax_amount,grand_total", token: token)
            #expect(order.text == #"{"grand_total":32.48,"shipping_amount":10,"shipping_incl_tax":10.83,"shipping_tax_amount":0.83,"tax_amount":2.48}"#)
        }
    }
}
