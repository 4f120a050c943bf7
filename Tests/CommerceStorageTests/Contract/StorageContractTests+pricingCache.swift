import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

/// Each `Storage` stands for one process with its own pricing cache and connections: a rule or
/// tax write through one must change the totals the other prices next.
extension StorageContractTests {
    static let tenPercentOff = SalesRule(
        name: "TEN", websiteIds: [1], customerGroupIds: [0, 1], isActive: true,
        simpleAction: "by_percent", discountAmount: 10, couponType: "NO_COUPON"
    )

    @Test("Cart totals on one node follow tax and sales rule writes made on another", arguments: TestEngine.shared)
    func pricingCacheFollowsOtherNodesWrites(engine: TestEngine) async throws {
        try await withNodes(engine, count: 2) { nodes throws in
            let (writer, reader) = (nodes[0], nodes[1])
            try await writer.migrate()
            _ = try await writer.products.saveProduct(Self.simple("P-C", price: "10", color: "1"), scope: .global, saveOptions: false)
            let checkout = Self.checkout(reader)
            let id = try await Self.readyCart(checkout, sku: "P-C", qty: 2)
            let untaxed = try await checkout.totals(id, settings: Self.checkoutSettings)
            #expect(untaxed.taxAmount == 0)
            #expect(untaxed.discountAmount == 0)

            let rate = try await writer.tax.saveRate(TaxRate(taxCountryId: "US", taxRegionId: 12, taxPostcode: "*", rate: Decimal(string: "8.25"), code: "US-CA"))
            _ = try await writer.tax.saveRule(TaxRule(
                code: "retail", priority: 0, position: 0, customerTaxClassIds: [3], productTaxClassIds: [2], taxRateIds: [rate.id ?? 0], calculateSubtotal: false
            ))
            #expect(try await checkout.totals(id, settings: Self.checkoutSettings).taxAmount == Decimal(string: "1.65"))

            var raised = rate
            raised.rate = 10
            _ = try await writer.tax.saveRate(raised)
            #expect(try await checkout.totals(id, settings: Self.checkoutSettings).taxAmount == 2)

            let rule = try await writer.salesRules.saveRule(Self.tenPercentOff)
            #expect(try await checkout.totals(id, settings: Self.checkoutSettings).discountAmount == -2)
            try await writer.salesRules.deleteRule(id: rule.ruleId ?? 0)
            let restored = try await checkout.totals(id, settings: Self.checkoutSettings)
            #expect(restored.discountAmount == 0)
            #expect(restored.taxAmount == 2)
        }
    }

    @Test("A node's own rule write reaches its next cart totals", arguments: TestEngine.all)
    func pricingCacheFollowsOwnWrites(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.products.saveProduct(Self.simple("P-O", price: "10", color: "1"), scope: .global, saveOptions: false)
            let checkout = Self.checkout(storage)
            let id = try await Self.readyCart(checkout, sku: "P-O", qty: 2)
            #expect(try await checkout.totals(id, settings: Self.checkoutSettings).discountAmount == 0)
            let rule = try await storage.salesRules.saveRule(Self.tenPercentOff)
            #expect(try await checkout.totals(id, settings: Self.checkoutSettings).discountAmount == -2)
            var off = rule
            off.isActive = false
            _ = try await storage.salesRules.saveRule(off)
            #expect(try await checkout.totals(id, settings: Self.checkoutSettings).discountAmount == 0)
        }
    }
}
