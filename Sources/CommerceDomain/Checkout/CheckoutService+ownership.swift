import MagentoWire

/// What a cart address may point at: only its own customer's saved addresses (issue 16, 8).
extension CheckoutService {
    /// The address as the cart may store it: `customer_address_id` must be one of the cart
    /// customer's saved addresses (Magento's QuoteAddressValidator: a guest cart may use none),
    /// and `customer_id` is the cart's own, whatever the caller sent.
    func owned(_ address: CartAddress?, quote: Quote) async throws -> CartAddress? {
        guard var address else { return nil }
        address.customerId = quote.customerId
        guard let addressId = address.customerAddressId, addressId != 0 else { return address }
        guard let customerId = quote.customerId else { throw CheckoutMessages.invalidCustomerAddress(addressId) }
        guard let owner = try await quotes.customerAddressOwner(addressId: addressId) else {
            throw CommerceError.notFound(message: "Invalid address id %1", parameters: [address.id.map(String.init) ?? ""])
        }
        guard owner == customerId else { throw CheckoutMessages.invalidCustomerAddress(addressId) }
        return address
    }

    /// `owned(_:quote:)` for cart `id`.
    func owned(_ address: CartAddress?, cart id: Int) async throws -> CartAddress? {
        guard address != nil else { return nil }
        return try await owned(address, quote: try await quotes.quote(id: id))
    }
}
