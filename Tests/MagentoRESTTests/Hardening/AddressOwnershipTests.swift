import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

/// Issue 16 (8): a cart address may only point at the cart customer's own saved addresses, as
/// Magento's QuoteAddressValidator rules.
@Suite("Cart address ownership")
struct AddressOwnershipTests {
    static func withSaved(_ id: Int) -> String {
        #"{"customer_address_id":\#(id),"firstname":"Jane","lastname":"Doe","street":["1 Main St"],"city":"Austin","region_id":57,"postcode":"78701","country_id":"US","telephone":"555-0100"}"#
    }

    static func invalid(_ id: Int) -> String { #"{"message":"Invalid customer address id %1","parameters":["\#(id)"]}"# }

    @Test("another customer's address id is refused on every address route; one's own is kept")
    func customerCart() async throws {
        try await TestApp.make().run { session in
            let (_, mallory) = try await session.customerCartWithProduct()
            try await session.register("victim@example.com", addresses: CustomerSamples.texas)
            let victimAddress = 1
            let billing = try await session.send(.post, "/rest/V1/carts/mine/billing-address", token: mallory, body: #"{"address":\#(Self.withSaved(victimAddress))}"#)
            #expect(billing.status == .notFound)
            #expect(billing.text == Self.invalid(victimAddress))
            let shipping = try await session.shippingInformation("/rest/V1/carts/mine", address: Self.withSaved(victimAddress), token: mallory)
            #expect(shipping.status == .notFound)
            #expect(shipping.text == Self.invalid(victimAddress))
            let payment = try await session.send(.post, "/rest/V1/carts/mine/payment-information", token: mallory, body: #"{"paymentMethod":{"method":"checkmo"},"billing_address":\#(Self.withSaved(victimAddress))}"#)
            #expect(payment.status == .notFound)
            #expect(payment.text == Self.invalid(victimAddress))
            let stored = try await session.get("/rest/V1/carts/mine/billing-address", token: mallory)
            #expect(!stored.text.contains("customer_address_id"))

            try await session.register("own@example.com", addresses: CustomerSamples.texas)
            let own = try await session.customerToken("own@example.com")
            _ = try await session.send(.post, "/rest/V1/carts/mine", token: own)
            let kept = try await session.send(.post, "/rest/V1/carts/mine/billing-address", token: own, body: #"{"address":\#(Self.withSaved(2))}"#)
            #expect(kept.status == .ok)
            let read = try await session.get("/rest/V1/carts/mine/billing-address?fields=customer_address_id", token: own)
            #expect(read.text == #"{"customer_address_id":2}"#)
        }
    }

    @Test("a guest cart may use no saved address")
    func guestCart() async throws {
        try await TestApp.make().run { session in
            try await session.register("victim@example.com", addresses: CustomerSamples.texas)
            let cart = "/rest/V1/guest-carts/\(try await session.guestCart())"
            let billing = try await session.send(.post, "\(cart)/billing-address", body: #"{"address":\#(Self.withSaved(1))}"#)
            #expect(billing.status == .notFound)
            #expect(billing.text == Self.invalid(1))
        }
    }
}
