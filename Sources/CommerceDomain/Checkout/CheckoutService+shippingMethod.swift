import Foundation
import MagentoWire

/// Choosing the shipping method on its own (GraphQL's `setShippingMethodsOnCart`), with the
/// checks `shipping-information` and `collect-totals` make.
extension CheckoutService {
    /// Sets the carrier and method after checking the cart has lines, a shipping address and is
    /// offered that method there.
    public func setShippingMethod(_ id: Int, carrier: String, method: String, settings: CheckoutSettings) async throws {
        let quote = try await activeQuote(id)
        guard quote.details.shippingAddress?.countryId != nil else { throw CheckoutMessages.shippingAddressMissing }
        guard !quote.items.isEmpty else { throw CheckoutMessages.shippingForEmptyCart }
        try await checkOffered(quote, carrier: carrier, method: method, settings: settings)
        _ = try await quotes.updateQuote(id: id) { quote in
            quote.details.shippingCarrierCode = carrier
            quote.details.shippingMethodCode = method
        }
    }

    /// Sets the shipping address alone; a chosen method stays and is dropped from the totals
    /// when the new address is not offered it.
    public func setShippingAddress(_ id: Int, _ address: CartAddress) async throws {
        _ = try await activeQuote(id)
        _ = try await quotes.updateQuote(id: id) { quote in
            var shipping = address
            shipping.id = quote.details.shippingAddress?.id
            quote.details.shippingAddress = shipping
        }
    }

    /// Sets the email a guest's order is sent to.
    public func setGuestEmail(_ id: Int, email: String) async throws {
        _ = try await activeQuote(id)
        _ = try await quotes.updateQuote(id: id) { quote in quote.details.customerEmail = email }
    }
}
