import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

@Suite("Checkout usage limits")
struct CheckoutUsageLimitTests {
    /// A rule for customers (group 1) only; the demo store has rules 1–3 already.
    /// A rule for guests and customers; its coupons take its `uses_per_coupon` and `uses_per_customer`.
    static func rule(_ name: String, couponType: String, action: String, amount: Int, usesPerCustomer: Int = 0, usesPerCoupon: Int = 0) -> String {
        #"{"rule":{"name":"\#(name)","website_ids":[1],"customer_group_ids":[0,1],"is_active":true,"simple_action":"\#(action)","discount_amount":\#(amount),"coupon_type":"\#(couponType)","uses_per_customer":\#(usesPerCustomer),"uses_per_coupon":\#(usesPerCoupon)}}"#
    }

    /// A customer cart with one SALE-1 shipped to Texas (no tax there), the coupon applied when given.
    static func customerCart(_ session: TestSession, token: String, coupon: String? = nil) async throws -> TestReply? {
        _ = try await session.send(.post, "/rest/V1/carts/mine", token: token)
        _ = try await session.addItem("/rest/V1/carts/mine", sku: "SALE-1", qty: 1, token: token)
        _ = try await session.shippingInformation("/rest/V1/carts/mine", address: TestSession.texas, token: token)
        guard let coupon else { return nil }
        return try await session.send(.put, "/rest/V1/carts/mine/coupons/\(coupon)", token: token)
    }

    @Test("a customer's second order gets no once-per-customer discount and the once-per-customer coupon is refused")
    func perCustomer() async throws {
        try await TestApp.make().run { session in
            let admin = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: admin)
            let once = try await session.send(.post, "/rest/V1/salesRules", token: admin, body: Self.rule("Once", couponType: "NO_COUPON", action: "by_percent", amount: 10, usesPerCustomer: 1))
            #expect(once.text.contains(#""rule_id":4,"#))
            _ = try await session.send(.post, "/rest/V1/salesRules", token: admin, body: Self.rule("Coupon", couponType: "SPECIFIC_COUPON", action: "by_fixed", amount: 2, usesPerCustomer: 1))
            let coupon = try await session.send(.post, "/rest/V1/coupons", token: admin, body: #"{"coupon":{"rule_id":5,"code":"ONCE"}}"#)
            #expect(coupon.text.contains(#""usage_per_customer":1,"#))
            try await session.register("jane@example.com")
            let token = try await session.customerToken("jane@example.com")
            #expect(try await Self.customerCart(session, token: token, coupon: "ONCE")?.text == "true")
            // 10 − 10% − 2.00 = 7, flat rate 5.
            let first = try await session.get("/rest/V1/carts/mine/totals?fields=grand_total,discount_amount,coupon_code", token: token)
            #expect(first.text == #"{"grand_total":12,"discount_amount":-3,"coupon_code":"ONCE"}"#)
            #expect(try await session.send(.post, "/rest/V1/carts/mine/payment-information", token: token, body: #"{"paymentMethod":{"method":"checkmo"}}"#).text == #""1""#)
            let order = try await session.get("/rest/V1/orders/1?fields=grand_total,discount_amount,coupon_code,applied_rule_ids", token: admin)
            #expect(order.text == #"{"grand_total":12,"discount_amount":-3,"coupon_code":"ONCE","applied_rule_ids":"4,5"}"#)

            let refused = try await Self.customerCart(session, token: token, coupon: "ONCE")
            #expect(refused?.status == .notFound)
            #expect(refused?.text == #"{"message":"The coupon code isn't valid. Verify the code and try again."}"#)
            let second = try await session.get("/rest/V1/carts/mine/totals?fields=grand_total,discount_amount,coupon_code", token: token)
            #expect(second.text == #"{"grand_total":15,"discount_amount":0}"#)
            #expect(try await session.send(.post, "/rest/V1/carts/mine/payment-information", token: token, body: #"{"paymentMethod":{"method":"checkmo"}}"#).text == #""2""#)
            #expect(try await session.get("/rest/V1/orders/2?fields=grand_total,applied_rule_ids", token: admin).text == #"{"grand_total":15}"#)
        }
    }

    @Test("a cart holding a coupon whose last use went to another order is refused at placement and stays open")
    func usageLimitAtPlacement() async throws {
        try await TestApp.make().run { session in
            let (admin, firstCart) = try await session.guestCartWithProduct()
            _ = try await session.send(.post, "/rest/V1/salesRules", token: admin, body: Self.rule("Coupon", couponType: "SPECIFIC_COUPON", action: "by_fixed", amount: 2, usesPerCoupon: 1))
            _ = try await session.send(.post, "/rest/V1/coupons", token: admin, body: #"{"coupon":{"rule_id":4,"code":"LAST"}}"#)
            let secondCart = "/rest/V1/guest-carts/\(try await session.guestCart())"
            for cart in [firstCart, secondCart] {
                _ = try await session.addItem(cart, sku: "SALE-1", qty: 1)
                _ = try await session.shippingInformation(cart, address: TestSession.texas)
                #expect(try await session.send(.put, "\(cart)/coupons/LAST").text == "true")
            }
            let body = #"{"email":"jane@example.com","paymentMethod":{"method":"checkmo"}}"#
            #expect(try await session.send(.post, "\(firstCart)/payment-information", body: body).text == #""1""#)
            let late = try await session.send(.post, "\(secondCart)/payment-information", body: body)
            #expect(late.status == .badRequest)
            #expect(late.text == #"{"message":"The coupon code \"%1\" is not valid.","parameters":["LAST"]}"#)
            #expect(try await session.get("\(secondCart)?fields=is_active").text == #"{"is_active":true}"#)
            #expect(try await session.get("/rest/V1/coupons/4?fields=times_used", token: admin).text == #"{"times_used":1}"#)
            #expect(try await session.send(.delete, "\(secondCart)/coupons").text == "true")
            #expect(try await session.send(.post, "\(secondCart)/payment-information", body: body).text == #""2""#)
        }
    }
}
