import Foundation
import HTTPTypes
import MagentoWire
import Testing

/// The checkout steps after the cart is filled, to the placed order REST reads back.
@Suite("GraphQL checkout")
struct CheckoutFlowTests {
    /// A guest cart with two SALE-1 at 10.00.
    static func filledCart(_ session: GraphQLSession) async throws -> (admin: String, cart: String) {
        let admin = try await session.adminToken()
        try await session.makeProduct("SALE-1", token: admin)
        let cart = try await session.newCart()
        _ = try await session.gql(#"mutation { addProductsToCart(cartId: "\#(cart)", cartItems: [{sku: "SALE-1", quantity: 2}]) { user_errors { code } } }"#)
        return (admin, cart)
    }

    @Test("a guest checks out step by step and the order is the one REST reads", arguments: CartEngine.all)
    func guestCheckout(engine: CartEngine) async throws {
        try await GraphQLTestApp.run(on: engine) { session in
            let (admin, cart) = try await Self.filledCart(session)
            let email = try await session.gql(#"mutation { setGuestEmailOnCart(input: {cart_id: "\#(cart)", email: "jane@example.com"}) { cart { email } } }"#)
            #expect(email.text == #"{"data":{"setGuestEmailOnCart":{"cart":{"email":"jane@example.com"}}}}"#)
            let shipping = try await session.gql(#"mutation { setShippingAddressesOnCart(input: {cart_id: "\#(cart)", shipping_addresses: [{address: \#(CartFixtures.texas)}]}) { cart { shipping_addresses { firstname street city region { code label region_id } postcode country { code label } telephone available_shipping_methods { carrier_code carrier_title method_code method_title amount { value currency } price_incl_tax { value } available } selected_shipping_method { carrier_code } } } } }"#)
            #expect(shipping.text == #"{"data":{"setShippingAddressesOnCart":{"cart":{"shipping_addresses":[{"firstname":"Jane","street":["1 Main St"],"city":"Austin","region":{"code":"TX","label":"Texas","region_id":57},"postcode":"78701","country":{"code":"US","label":"United States"},"telephone":"555-0100","available_shipping_methods":[{"carrier_code":"flatrate","carrier_title":"Flat Rate","method_code":"flatrate","method_title":"Fixed","amount":{"value":10,"currency":"USD"},"price_incl_tax":{"value":10},"available":true}],"selected_shipping_method":null}]}}}}"#)
            let billing = try await session.gql(#"mutation { setBillingAddressOnCart(input: {cart_id: "\#(cart)", billing_address: {same_as_shipping: true}}) { cart { billing_address { firstname city country { code } } } } }"#)
            #expect(billing.text == #"{"data":{"setBillingAddressOnCart":{"cart":{"billing_address":{"firstname":"Jane","city":"Austin","country":{"code":"US"}}}}}}"#)
            let method = try await session.gql(#"mutation { setShippingMethodsOnCart(input: {cart_id: "\#(cart)", shipping_methods: [{carrier_code: "flatrate", method_code: "flatrate"}]}) { cart { shipping_addresses { selected_shipping_method { carrier_code method_code carrier_title method_title amount { value } } } prices { grand_total { value } } } } }"#)
            #expect(method.text == #"{"data":{"setShippingMethodsOnCart":{"cart":{"shipping_addresses":[{"selected_shipping_method":{"carrier_code":"flatrate","method_code":"flatrate","carrier_title":"Flat Rate","method_title":"Fixed","amount":{"value":10}}}],"prices":{"grand_total":{"value":30}}}}}}"#)
            let payment = try await session.gql(#"mutation { setPaymentMethodOnCart(input: {cart_id: "\#(cart)", payment_method: {code: "checkmo"}}) { cart { selected_payment_method { code title } available_payment_methods { code } } } }"#)
            #expect(payment.text == #"{"data":{"setPaymentMethodOnCart":{"cart":{"selected_payment_method":{"code":"checkmo","title":"Check / Money order"},"available_payment_methods":[{"code":"checkmo"},{"code":"banktransfer"},{"code":"cashondelivery"},{"code":"purchaseorder"}]}}}}"#)
            let placed = try await session.gql(#"mutation { placeOrder(input: {cart_id: "\#(cart)"}) { order { order_number } orderV2 { number status total { grand_total { value currency } total_shipping { value } } items { product_sku quantity_ordered } } errors { code message } } }"#)
            #expect(placed.text == #"{"data":{"placeOrder":{"order":{"order_number":"000000001"},"orderV2":{"number":"000000001","status":"Pending","total":{"grand_total":{"value":30,"currency":"USD"},"total_shipping":{"value":10}},"items":[{"product_sku":"SALE-1","quantity_ordered":2}]},"errors":[]}}}"#)
            let order = try await session.rest(.get, "/rest/V1/orders/1?fields=increment_id,customer_email,grand_total,status", token: admin)
            #expect(order.text == #"{"increment_id":"000000001","status":"pending","customer_email":"jane@example.com","grand_total":30}"#)
            let closed = try await session.gql(#"{ cart(cart_id: "\#(cart)") { id } }"#)
            #expect(closed.errors.first?["message"] == "Current user does not have an active cart.")
        }
    }

    @Test("checkout steps refuse out of order with Magento's texts")
    func refusals() async throws {
        try await GraphQLTestApp.run(on: .sqlite) { session in
            let (_, cart) = try await Self.filledCart(session)
            let noAddress = try await session.gql(#"mutation { setShippingMethodsOnCart(input: {cart_id: "\#(cart)", shipping_methods: [{carrier_code: "flatrate", method_code: "flatrate"}]}) { cart { id } } }"#)
            #expect(noAddress.text == #"{"errors":[{"message":"The shipping address is missing. Set the address and try again.","extensions":{"category":"graphql-input"},"locations":[{"line":1,"column":12}],"path":["setShippingMethodsOnCart"]}],"data":{"setShippingMethodsOnCart":null}}"#)
            let noPayment = try await session.gql(#"mutation { setPaymentMethodOnCart(input: {cart_id: "\#(cart)", payment_method: {code: "paypal"}}) { cart { id } } }"#)
            #expect(noPayment.errors.first?["message"] == "The requested Payment Method is not available.")
            #expect(noPayment.errors.first?["extensions"]?["category"] == "graphql-input")
            let badEmail = try await session.gql(#"mutation { setGuestEmailOnCart(input: {cart_id: "\#(cart)", email: "not-an-email"}) { cart { id } } }"#)
            #expect(badEmail.errors.first?["message"] == "Invalid email format")
            let sameAsShipping = try await session.gql(#"mutation { setBillingAddressOnCart(input: {cart_id: "\#(cart)", billing_address: {same_as_shipping: true}}) { cart { id } } }"#)
            #expect(sameAsShipping.errors.first?["message"] == #"Could not use the "same_as_shipping" option, because the shipping address has not been set."#)
            let noEmail = try await session.gql(#"mutation { placeOrder(input: {cart_id: "\#(cart)"}) { order { order_number } errors { code message } } }"#)
            #expect(noEmail.text == #"{"data":{"placeOrder":{"order":null,"errors":[{"code":"GUEST_EMAIL_MISSING","message":"Guest email for cart is missing."}]}}}"#)
        }
    }

    @Test("coupons apply, refuse a second code or an unknown one, and come off", arguments: CartEngine.all)
    func coupons(engine: CartEngine) async throws {
        try await GraphQLTestApp.run(on: engine) { session in
            let (admin, cart) = try await Self.filledCart(session)
            let rule = try await session.rest(.post, "/rest/V1/salesRules", token: admin, body: #"{"rule":{"name":"Five off","website_ids":[1],"customer_group_ids":[0,1],"is_active":true,"simple_action":"by_fixed","discount_amount":5,"coupon_type":"SPECIFIC_COUPON","uses_per_coupon":5}}"#)
            let ruleId = rule.json?["rule_id"]?.numberText ?? ""
            _ = try await session.rest(.post, "/rest/V1/coupons", token: admin, body: #"{"coupon":{"rule_id":\#(ruleId),"code":"SAVE5","type":0}}"#)
            let unknown = try await session.gql(#"mutation { applyCouponToCart(input: {cart_id: "\#(cart)", coupon_code: "NOPE"}) { cart { id } } }"#)
            #expect(unknown.text == #"{"errors":[{"message":"The coupon code isn't valid. Verify the code and try again.","extensions":{"category":"graphql-no-such-entity"},"locations":[{"line":1,"column":12}],"path":["applyCouponToCart"]}],"data":{"applyCouponToCart":null}}"#)
            let applied = try await session.gql(#"mutation { applyCouponToCart(input: {cart_id: "\#(cart)", coupon_code: "save5"}) { cart { applied_coupons { code } prices { grand_total { value } discounts { label amount { value } } } items { prices { total_item_discount { value } } } } } }"#)
            #expect(applied.text == #"{"data":{"applyCouponToCart":{"cart":{"applied_coupons":[{"code":"SAVE5"}],"prices":{"grand_total":{"value":10},"discounts":[{"label":"SAVE5","amount":{"value":10}}]},"items":[{"prices":{"total_item_discount":{"value":10}}}]}}}}"#)
            let second = try await session.gql(#"mutation { applyCouponToCart(input: {cart_id: "\#(cart)", coupon_code: "SAVE5"}) { cart { id } } }"#)
            #expect(second.errors.first?["message"] == "A coupon is already applied to the cart. Please remove it to apply another")
            let removed = try await session.gql(#"mutation { removeCouponFromCart(input: {cart_id: "\#(cart)"}) { cart { applied_coupons { code } prices { grand_total { value } } } } }"#)
            #expect(removed.text == #"{"data":{"removeCouponFromCart":{"cart":{"applied_coupons":null,"prices":{"grand_total":{"value":20}}}}}}"#)
        }
    }

    @Test("estimates price an address and method without changing the cart")
    func estimates() async throws {
        try await GraphQLTestApp.run(on: .sqlite) { session in
            let (_, cart) = try await Self.filledCart(session)
            let methods = try await session.gql(#"mutation { estimateShippingMethods(input: {cart_id: "\#(cart)", address: {country_code: US, postcode: "78701"}}) { carrier_code method_code amount { value } } }"#)
            #expect(methods.text == #"{"data":{"estimateShippingMethods":[{"carrier_code":"flatrate","method_code":"flatrate","amount":{"value":10}}]}}"#)
            let totals = try await session.gql(#"mutation { estimateTotals(input: {cart_id: "\#(cart)", address: {country_code: US, postcode: "78701"}, shipping_method: {carrier_code: "flatrate", method_code: "flatrate"}}) { cart { prices { grand_total { value } } } } }"#)
            #expect(totals.text == #"{"data":{"estimateTotals":{"cart":{"prices":{"grand_total":{"value":30}}}}}}"#)
            let unchanged = try await session.gql(#"{ cart(cart_id: "\#(cart)") { shipping_addresses { city } prices { grand_total { value } } } }"#)
            #expect(unchanged.text == #"{"data":{"cart":{"shipping_addresses":[],"prices":{"grand_total":{"value":20}}}}}"#)
        }
    }
}
