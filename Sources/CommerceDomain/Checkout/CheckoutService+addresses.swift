import Foundation
import MagentoWire

/// Billing and shipping addresses, shipping methods and the shipping step.
extension CheckoutService {
    public func billingAddress(_ id: Int) async throws -> CartAddress {
        try await quotes.quote(id: id).details.billingAddress ?? CartAddress.empty
    }

    /// Sets the billing address (and the shipping address too with `useForShipping`); returns
    /// the address id.
    public func setBillingAddress(_ id: Int, _ address: CartAddress, useForShipping: Bool) async throws -> Int {
        let address = try await owned(address, cart: id) ?? address
        let updated = try await quotes.updateQuote(id: id) { quote in
            quote.details.billingAddress = address
            if useForShipping {
                var shipping = address
                shipping.id = quote.details.shippingAddress?.id
                shipping.sameAsBilling = 1
                quote.details.shippingAddress = shipping
            }
        }
        return updated.details.billingAddress?.id ?? 0
    }

    /// `estimate-shipping-methods`: the methods an address would get; the cart is not changed.
    public func estimateShipping(_ id: Int, to address: CartAddress, settings: CheckoutSettings) async throws -> [ShippingMethod] {
        var quote = try await quotes.quote(id: id)
        quote.details.shippingAddress = address
        return CartPricing.price(quote, inputs: try await quotes.inputs(for: quote), settings: settings).shippingRates
    }

    /// `shipping-methods`: the methods for the cart's own shipping address.
    public func shippingMethods(_ id: Int, settings: CheckoutSettings) async throws -> [ShippingMethod] {
        let quote = try await quotes.quote(id: id)
        guard quote.details.shippingAddress?.countryId != nil else { throw CheckoutMessages.shippingAddressMissing }
        return CartPricing.price(quote, inputs: try await quotes.inputs(for: quote), settings: settings).shippingRates
    }

    /// `shipping-information`: saves the addresses and the method, answers payment methods and totals.
    public func saveShippingInformation(_ id: Int, _ information: ShippingInformation, settings: CheckoutSettings) async throws -> PaymentDetails {
        let current = try await activeQuote(id)
        guard let address = try await owned(information.shippingAddress, quote: current), let country = address.countryId, !country.isEmpty else {
            throw CheckoutMessages.shippingAddressMissing
        }
        let billingAddress = try await owned(information.billingAddress, quote: current)
        guard !current.items.isEmpty else { throw CheckoutMessages.shippingForEmptyCart }
        let carrier = information.shippingCarrierCode ?? ""
        let method = information.shippingMethodCode ?? ""
        var candidate = current
        candidate.details.shippingAddress = address
        try await checkOffered(candidate, carrier: carrier, method: method, settings: settings)
        _ = try await quotes.updateQuote(id: id) { quote in
            var shipping = address
            shipping.id = quote.details.shippingAddress?.id
            quote.details.shippingAddress = shipping
            if var billing = billingAddress {
                billing.id = quote.details.billingAddress?.id
                quote.details.billingAddress = billing
            }
            quote.details.shippingCarrierCode = carrier
            quote.details.shippingMethodCode = method
            if quote.details.customerEmail == nil, let email = address.email { quote.details.customerEmail = email }
        }
        return try await paymentDetails(id, settings: settings)
    }

    /// Refuses a carrier and method the cart's shipping address is not offered.
    func checkOffered(_ quote: Quote, carrier: String, method: String, settings: CheckoutSettings) async throws {
        let offered = CartPricing.price(quote, inputs: try await quotes.inputs(for: quote), settings: settings).shippingRates
        guard offered.contains(where: { $0.carrierCode == carrier && $0.methodCode == method }) else {
            throw CheckoutMessages.noSuchCarrier(carrier, method)
        }
    }

    /// `collect-totals`: chooses the shipping method (when sent) and the payment, answers the totals.
    public func collectTotals(
        _ id: Int, payment: CartPayment, carrier: String?, method: String?, settings: CheckoutSettings
    ) async throws -> CartTotals {
        if let carrier, let method {
            let quote = try await activeQuote(id)
            guard quote.details.shippingAddress?.countryId != nil else { throw CheckoutMessages.shippingAddressMissing }
            try await checkOffered(quote, carrier: carrier, method: method, settings: settings)
            _ = try await quotes.updateQuote(id: id) { quote in
                quote.details.shippingCarrierCode = carrier
                quote.details.shippingMethodCode = method
            }
        }
        _ = try await setPayment(id, payment, settings: settings)
        return try await totals(id, settings: settings)
    }

    /// `estimate-shipping-methods-by-address-id`: the methods for one of the customer's saved addresses.
    public func estimateShipping(_ id: Int, customerAddress: CustomerAddress, settings: CheckoutSettings) async throws -> [ShippingMethod] {
        try await estimateShipping(id, to: CartAddress(customerAddress), settings: settings)
    }
}

extension CartAddress {
    /// A saved customer address as a cart address.
    public init(_ address: CustomerAddress) {
        self.init()
        customerAddressId = address.id
        customerId = address.customerId
        firstname = address.firstname
        lastname = address.lastname
        middlename = address.middlename
        company = address.company
        street = address.street
        city = address.city
        postcode = address.postcode
        countryId = address.countryId
        telephone = address.telephone
        regionId = address.regionId ?? address.region?.regionId
        region = address.region?.region
        regionCode = address.region?.regionCode
        vatId = address.vatId
    }
}
