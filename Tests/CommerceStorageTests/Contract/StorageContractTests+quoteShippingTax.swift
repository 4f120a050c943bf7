import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

extension StorageContractTests {
    @Test("Taxed shipping reaches the order, its invoice and its credit memos, cent for cent", arguments: TestEngine.all)
    func quoteShippingTax(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let rate = try await storage.tax.saveRate(TaxRate(taxCountryId: "US", taxRegionId: 12, taxPostcode: "*", rate: Decimal(string: "8.25"), code: "US-CA"))
            _ = try await storage.tax.saveRule(TaxRule(
                code: "retail", priority: 0, position: 0, customerTaxClassIds: [3], productTaxClassIds: [2], taxRateIds: [rate.id ?? 0], calculateSubtotal: false
            ))
            _ = try await storage.products.saveProduct(Self.simple("Q-T", price: "10", color: "1"), scope: .global, saveOptions: false)
            var settings = Self.checkoutSettings
            settings.shippingTax = ShippingTaxSettings(taxClassId: 2)
            let checkout = Self.checkout(storage)
            let id = try await Self.readyCart(checkout, sku: "Q-T", qty: 2)
            // Lines 20 × 8.25% = 1.65; shipping 2 × 5 = 10, 10 × 8.25% = 0.825 → 0.83; 20 + 10 + 2.48.
            let totals = try await checkout.totals(id, settings: settings)
            #expect(totals.shippingTaxAmount == Decimal(string: "0.83"))
            #expect(totals.grandTotal == Decimal(string: "32.48"))
            let orderId = try await checkout.placeOrder(id, payment: CartPayment(method: "checkmo"), settings: settings)
            let order = try await storage.sales.order(id: orderId)
            #expect(order.shippingTaxAmount == Decimal(string: "0.83"))
            #expect(order.baseShippingTaxAmount == Decimal(string: "0.83"))
            #expect(order.taxAmount == Decimal(string: "2.48"))
            #expect(order.grandTotal == Decimal(string: "32.48"))

            let invoice = try await storage.sales.invoice(id: try await storage.sales.invoice(orderId: orderId, DocumentRequest()))
            #expect(invoice.taxAmount == Decimal(string: "2.48"))
            #expect(invoice.grandTotal == Decimal(string: "32.48"))
            #expect(try await storage.sales.order(id: orderId).totalDue == 0)
            // Half the shipping back: 0.415 → 0.42 of its tax; the other half takes the 0.41 left.
            let noRows = [DocumentItemRequest(orderItemId: order.items?.first?.itemId ?? 0, qty: 0)]
            let half = DocumentRequest(items: noRows, refund: RefundArguments(shippingAmount: 5))
            let first = try await storage.sales.creditmemo(id: try await storage.sales.refund(orderId: orderId, invoiceId: nil, half, stock: StockConfiguration()))
            #expect(first.taxAmount == Decimal(string: "0.42"))
            #expect(first.grandTotal == Decimal(string: "5.42"))
            let second = try await storage.sales.creditmemo(id: try await storage.sales.refund(orderId: orderId, invoiceId: nil, half, stock: StockConfiguration()))
            #expect(second.taxAmount == Decimal(string: "0.41"))
            #expect(try await storage.sales.order(id: orderId).taxRefunded == Decimal(string: "0.83"))
        }
    }
}
