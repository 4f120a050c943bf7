import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

extension StorageContractTests {
    /// A customer's cart with one Q-U (10.00) and the coupon `code` applied when given, ready to place.
    static func customerCart(_ checkout: CheckoutService, customerId: Int, coupon code: String? = nil) async throws -> Int {
        let id = try await readyCart(checkout, sku: "Q-U", qty: 1, customerId: customerId)
        if let code { _ = try await checkout.applyCoupon(id, code: code, settings: checkoutSettings) }
        return id
    }

    @Test("A rule and a coupon with one use per customer stop after that customer's order, come back when it is canceled", arguments: TestEngine.all)
    func quoteCustomerUsageLimits(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.products.saveProduct(Self.simple("Q-U", price: "10", color: "1"), scope: .global, saveOptions: false)
            _ = try await storage.salesRules.saveRule(SalesRule(
                name: "once 10%", websiteIds: [1], customerGroupIds: [0, 1], usesPerCustomer: 1, isActive: true,
                simpleAction: "by_percent", discountAmount: 10, couponType: "NO_COUPON"
            ))
            // A coupon takes its limits from its rule, as in Magento: `usage_per_customer` = 1 here.
            let couponRule = try await storage.salesRules.saveRule(SalesRule(
                name: "coupon", websiteIds: [1], customerGroupIds: [0, 1], usesPerCustomer: 1, isActive: true, simpleAction: "by_fixed",
                discountAmount: 2, couponType: "SPECIFIC_COUPON"
            ))
            let coupon = try await storage.salesRules.saveCoupon(Coupon(ruleId: couponRule.ruleId, code: "ONCE"))
            #expect(coupon.usagePerCustomer == 1)
            let customer = try await storage.customers.createCustomer(Self.account("ann@example.com"), passwordHash: nil)
            let customerId = try #require(customer.id)
            let checkout = Self.checkout(storage)
            let first = try await Self.customerCart(checkout, customerId: customerId, coupon: "once")
            let waiting = try await Self.customerCart(checkout, customerId: customerId, coupon: "ONCE")
            // 10 − 10% (1.00) − 2.00 coupon = 7; flat rate 5: 12 before tax (no tax rules here).
            #expect(try await checkout.totals(first, settings: Self.checkoutSettings).grandTotal == 12)
            let orderId = try await checkout.placeOrder(first, payment: CartPayment(method: "checkmo"), settings: Self.checkoutSettings)
            let order = try await storage.sales.order(id: orderId)
            #expect(order.couponCode == "ONCE")
            #expect(order.appliedRuleIds?.split(separator: ",").count == 2)

            // The next cart: the rule no longer applies, the coupon is refused when applied...
            let next = try await Self.customerCart(checkout, customerId: customerId)
            #expect(try await checkout.totals(next, settings: Self.checkoutSettings).grandTotal == 15)
            await #expect(throws: CheckoutMessages.invalidCoupon) {
                _ = try await checkout.applyCoupon(next, code: "ONCE", settings: Self.checkoutSettings)
            }
            // ...and a cart that took it before the first order was placed cannot be placed with it.
            await #expect(throws: CheckoutMessages.couponNotValid("ONCE")) {
                _ = try await checkout.placeOrder(waiting, payment: CartPayment(method: "checkmo"), settings: Self.checkoutSettings)
            }
            #expect(try await storage.quotes.quote(id: waiting).isActive)
            #expect(try await storage.sales.searchOrders(SearchCriteria()).totalCount == 1)

            // A canceled order gives its uses back.
            _ = try await storage.sales.cancel(orderId: orderId, stock: StockConfiguration())
            #expect(try await checkout.totals(next, settings: Self.checkoutSettings).grandTotal == 14)
            let second = try await checkout.placeOrder(waiting, payment: CartPayment(method: "checkmo"), settings: Self.checkoutSettings)
            #expect(try await storage.sales.order(id: second).grandTotal == 12)
        }
    }

    /// Product Q-U (10.00) and coupon LAST, 2.00 off, usable once in all (its rule's `uses_per_coupon`).
    static func lastCoupon(_ storage: Storage) async throws -> Coupon {
        _ = try await storage.products.saveProduct(Self.simple("Q-U", price: "10", color: "1"), scope: .global, saveOptions: false)
        let rule = try await storage.salesRules.saveRule(SalesRule(
            name: "coupon", websiteIds: [1], customerGroupIds: [0, 1], isActive: true, simpleAction: "by_fixed", discountAmount: 2,
            couponType: "SPECIFIC_COUPON", usesPerCoupon: 1
        ))
        return try await storage.salesRules.saveCoupon(Coupon(ruleId: rule.ruleId, code: "LAST"))
    }

    @Test("A coupon's overall usage limit counts every buyer's orders, guests' too", arguments: TestEngine.all)
    func quoteCouponUsageLimit(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            #expect(try await Self.lastCoupon(storage).usageLimit == 1)
            let checkout = Self.checkout(storage)
            let first = try await Self.readyCart(checkout, sku: "Q-U", qty: 1)
            let second = try await Self.readyCart(checkout, sku: "Q-U", qty: 1)
            for cart in [first, second] { _ = try await checkout.applyCoupon(cart, code: "LAST", settings: Self.checkoutSettings) }
            let placed = try await checkout.placeOrder(first, payment: CartPayment(method: "checkmo"), settings: Self.checkoutSettings)
            await #expect(throws: CheckoutMessages.couponNotValid("LAST")) {
                _ = try await checkout.placeOrder(second, payment: CartPayment(method: "checkmo"), settings: Self.checkoutSettings)
            }
            let third = try await Self.readyCart(checkout, sku: "Q-U", qty: 1)
            await #expect(throws: CheckoutMessages.invalidCoupon) {
                _ = try await checkout.applyCoupon(third, code: "LAST", settings: Self.checkoutSettings)
            }
            #expect(try await storage.salesRules.searchCoupons(SearchCriteria()).items.map(\.timesUsed) == [1])
            // Canceling the order gives the use back.
            _ = try await storage.sales.cancel(orderId: placed, stock: StockConfiguration())
            #expect(try await storage.salesRules.searchCoupons(SearchCriteria()).items.map(\.timesUsed) == [0])
            #expect(try await checkout.applyCoupon(third, code: "LAST", settings: Self.checkoutSettings))
        }
    }
}

extension StorageContractTests {
    @Test("Two carts racing for a coupon's last use: one order takes it, the other is refused and stays open", arguments: TestEngine.all)
    func quoteRaceForLastCouponUse(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await Self.lastCoupon(storage)
            // Different products, so the stock locks do not already put the two in a row.
            _ = try await storage.products.saveProduct(Self.simple("Q-V", price: "10", color: "1"), scope: .global, saveOptions: false)
            let checkout = Self.checkout(storage)
            var carts: [Int] = []
            for sku in ["Q-U", "Q-V"] {
                let cart = try await Self.readyCart(checkout, sku: sku, qty: 1)
                _ = try await checkout.applyCoupon(cart, code: "LAST", settings: Self.checkoutSettings)
                carts.append(cart)
            }
            let results = await Self.placeAtOnce(checkout, carts)
            let failures = results.compactMap { result -> CommerceError? in
                if case .failure(let error) = result { return error as? CommerceError }
                return nil
            }
            #expect(results.compactMap { try? $0.get() }.count == 1)
            #expect(failures == [CheckoutMessages.couponNotValid("LAST")])
            #expect(try await storage.salesRules.searchCoupons(SearchCriteria()).items.map(\.timesUsed) == [1])
            #expect(try await carts.asyncFilter { try await storage.quotes.quote(id: $0).isActive }.count == 1)
        }
    }
}
