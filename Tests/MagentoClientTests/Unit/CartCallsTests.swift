import Foundation
import MagentoClient
import MagentoWire
import Testing

/// The cart and checkout calls build Magento's guest, customer and admin routes and bodies, and
/// read the ids, codes and lists the store answers.
@Suite struct CartCallsTests {
    static func body(_ request: TransportRequest) -> String { String(decoding: request.body ?? [], as: UTF8.self) }

    static var address: CartAddress {
        var address = CartAddress()
        address.countryId = "GB"
        address.city = "London"
        address.street = ["1 High Street"]
        return address
    }

    @Test func aGuestCartIsCreatedByMaskedIdAndEveryCallGoesUnderIt() async throws {
        let masked = "AbC123"
        let transport = ScriptedTransport([
            .reply(200, #""AbC123""#), .reply(200, #"{"item_id":4,"sku":"S-1","qty":2,"quote_id":"7"}"#),
            .reply(200, #"{"item_id":4,"sku":"S-1","qty":3}"#), .reply(200, "true"), .reply(200, "11"),
            .reply(200, #"[{"carrier_code":"flatrate","method_code":"flatrate","carrier_title":"Flat Rate","method_title":"Fixed","amount":5,"base_amount":5,"available":true,"error_message":"","price_excl_tax":5,"price_incl_tax":5}]"#),
            .reply(200, #""12""#), .reply(200, "true"), .reply(200, "null"), .reply(200, #""42""#),
        ])
        let client = ClientFixtures.client(transport, credentials: .none)
        #expect(try await client.guestCarts.create() == masked)
        let cart = client.guestCarts.cart(masked)
        let added = try await cart.addItem(sku: "S-1", qty: 2)
        #expect(added.itemId == 4 && added.quoteId == "7")
        #expect(try await cart.updateItem(4, CartItem(qty: 3)).qty == 3)
        #expect(try await cart.deleteItem(4))
        #expect(try await cart.setBillingAddress(Self.address, useForShipping: true) == 11)
        let methods = try await cart.estimateShippingMethods(to: Self.address)
        #expect(methods.map(\.carrierCode) == ["flatrate"])
        #expect(try await cart.selectPaymentMethod(CartPayment(method: "checkmo")) == 12)
        #expect(try await cart.applyCoupon("SAVE 10"))
        #expect(try await cart.coupon() == nil)
        var billing = Self.address
        billing.email = "g@example.com"
        #expect(try await cart.savePaymentAndPlaceOrder(email: "g@example.com", payment: CartPayment(method: "checkmo"), billingAddress: billing) == 42)

        let calls = transport.calls
        let base = "http://store.test/rest/V1/guest-carts/AbC123"
        #expect(calls.map(\.method) == [.post, .post, .put, .delete, .post, .post, .put, .put, .get, .post])
        #expect(calls.map(\.url) == [
            "http://store.test/rest/V1/guest-carts", base + "/items", base + "/items/4", base + "/items/4", base + "/billing-address",
            base + "/estimate-shipping-methods", base + "/selected-payment-method", base + "/coupons/SAVE%2010", base + "/coupons",
            base + "/payment-information",
        ])
        #expect(calls.allSatisfy { $0.headers.allSatisfy { $0.name != "Authorization" } })
        #expect(Self.body(calls[1]) == #"{"cartItem":{"sku":"S-1","qty":2}}"#)
        #expect(Self.body(calls[2]) == #"{"cartItem":{"qty":3}}"#)
        #expect(Self.body(calls[4]) == #"{"address":{"country_id":"GB","street":["1 High Street"],"city":"London"},"useForShipping":true}"#)
        #expect(Self.body(calls[5]) == #"{"address":{"country_id":"GB","street":["1 High Street"],"city":"London"}}"#)
        #expect(Self.body(calls[6]) == #"{"method":{"method":"checkmo"}}"#)
        #expect(Self.body(calls[9]) == #"{"email":"g@example.com","paymentMethod":{"method":"checkmo"},"billingAddress":{"country_id":"GB","street":["1 High Street"],"city":"London","email":"g@example.com"}}"#)
    }

    @Test func theCustomerCartIsMineAndSignsInWithTheCustomerToken() async throws {
        let transport = ScriptedTransport([
            .reply(200, "7"), .reply(200, #"{"id":7,"items":[],"items_count":0,"customer":{"id":3,"email":"c@example.com"}}"#),
            .reply(200, #"{"payment_methods":[{"code":"checkmo","title":"Check / Money order"}],"totals":\#(Self.totalsJSON)}"#),
            .reply(200, "[]"), .reply(200, #""9""#), .reply(200, "10"),
        ])
        let client = ClientFixtures.client(transport, credentials: .customer(username: "c@example.com", password: "Secret-123"))
        #expect(try await client.myCart.create() == 7)
        let cart = client.myCart.cart
        #expect(try await cart.get().customer?.id == 3)
        var information = ShippingInformation()
        information.shippingAddress = Self.address
        information.shippingCarrierCode = "flatrate"
        information.shippingMethodCode = "flatrate"
        let details = try await cart.setShippingInformation(information)
        #expect(details.paymentMethods.map(\.code) == ["checkmo"])
        #expect(details.totals.grandTotal == Decimal(string: "25.5"))
        #expect(try await cart.estimateShippingMethods(addressId: 5).isEmpty)
        #expect(try await cart.placeOrder(payment: CartPayment(method: "checkmo")) == 9)
        #expect(try await cart.savePaymentAndPlaceOrder(payment: CartPayment(method: "checkmo")) == 10)

        let token = transport.requests.first
        #expect(token?.url == "http://store.test/rest/V1/integration/customer/token")
        let calls = transport.calls
        #expect(calls.allSatisfy { $0.headers.contains { $0.name == "Authorization" && $0.value == "Bearer token-1" } })
        let base = "http://store.test/rest/V1/carts/mine"
        #expect(calls.map(\.method) == [.post, .get, .post, .post, .put, .post])
        #expect(calls.map(\.url) == [
            base, base, base + "/shipping-information", base + "/estimate-shipping-methods-by-address-id", base + "/order", base + "/payment-information",
        ])
        #expect(Self.body(calls[2]) == #"{"addressInformation":{"shipping_address":{"country_id":"GB","street":["1 High Street"],"city":"London"},"shipping_method_code":"flatrate","shipping_carrier_code":"flatrate"}}"#)
        #expect(Self.body(calls[3]) == #"{"addressId":5}"#)
        #expect(Self.body(calls[4]) == #"{"paymentMethod":{"method":"checkmo"}}"#)
        #expect(Self.body(calls[5]) == #"{"paymentMethod":{"method":"checkmo"}}"#)
    }

    @Test func adminCartsAreByNumericIdAndSearchUsesTheCriteriaBuilder() async throws {
        let transport = ScriptedTransport([
            .reply(200, "15"), .reply(200, "16"),
            .reply(200, #"{"items":[{"id":15,"is_active":true,"items_count":0}],"search_criteria":{"filter_groups":[]},"total_count":1}"#),
            .reply(200, "true"), .reply(200, Self.totalsJSON), .reply(200, #""SAVE10""#), .reply(200, "true"), .reply(200, #""21""#),
        ])
        let client = ClientFixtures.client(transport)
        #expect(try await client.carts.create() == 15)
        #expect(try await client.carts.create(forCustomer: 3) == 16)
        let found = try await client.carts.list(SearchCriteriaBuilder().where("is_active", .eq, "1").pageSize(5).build())
        #expect(found.items.map(\.id) == [15] && found.totalCount == 1)
        #expect(try await client.carts.assign(15, toCustomer: 3, storeId: 1))
        let cart = client.carts.cart(15)
        let totals = try await cart.totals()
        #expect(totals.items.map(\.rowTotal) == [20])
        #expect(try await cart.coupon() == "SAVE10")
        #expect(try await cart.removeCoupon())
        #expect(try await cart.placeOrder() == 21)

        let calls = transport.calls
        #expect(calls.map(\.method) == [.post, .post, .get, .put, .get, .get, .delete, .put])
        #expect(calls[0].url == "http://store.test/rest/V1/carts")
        #expect(calls[1].url == "http://store.test/rest/V1/customers/3/carts")
        let query = try #require(calls[2].url.split(separator: "?", maxSplits: 1).last).removingPercentEncoding ?? ""
        #expect(calls[2].url.hasPrefix("http://store.test/rest/V1/carts/search?"))
        #expect(query.contains("searchCriteria[filter_groups][0][filters][0][field]=is_active"))
        #expect(query.contains("searchCriteria[pageSize]=5"))
        #expect(Self.body(calls[3]) == #"{"customerId":3,"storeId":1}"#)
        #expect(calls[4...].map(\.url) == [
            "http://store.test/rest/V1/carts/15/totals", "http://store.test/rest/V1/carts/15/coupons",
            "http://store.test/rest/V1/carts/15/coupons", "http://store.test/rest/V1/carts/15/order",
        ])
        #expect(Self.body(calls[7]) == "{}")
    }

    @Test func anOrderAnswerThatIsNoIdIsADecodingError() async throws {
        let transport = ScriptedTransport([.reply(200, #"{"order_id":1}"#)])
        do {
            _ = try await ClientFixtures.client(transport).carts.cart(1).placeOrder()
            Issue.record("expected a decoding error")
        } catch let error as MagentoClientError {
            #expect(error.code == .decoding)
        }
    }

    static let totalsJSON = """
        {"grand_total":25.5,"base_grand_total":25.5,"subtotal":20,"base_subtotal":20,"discount_amount":0,"base_discount_amount":0,\
        "subtotal_with_discount":20,"base_subtotal_with_discount":20,"shipping_amount":5,"base_shipping_amount":5,\
        "shipping_discount_amount":0,"base_shipping_discount_amount":0,"tax_amount":0.5,"base_tax_amount":0.5,\
        "shipping_tax_amount":0,"base_shipping_tax_amount":0,"subtotal_incl_tax":20.5,"shipping_incl_tax":5,\
        "base_shipping_incl_tax":5,"base_currency_code":"USD","quote_currency_code":"USD","items_qty":2,\
        "items":[{"item_id":4,"price":10,"base_price":10,"qty":2,"row_total":20,"base_row_total":20,"row_total_with_discount":0,\
        "tax_amount":0.5,"base_tax_amount":0.5,"tax_percent":2.5,"discount_amount":0,"base_discount_amount":0,"discount_percent":0,\
        "price_incl_tax":10.25,"base_price_incl_tax":10.25,"row_total_incl_tax":20.5,"base_row_total_incl_tax":20.5,\
        "options":"[]","name":"S"}],"total_segments":[{"code":"grand_total","title":"Grand Total","value":25.5,"area":"footer"}]}
        """
}
