import CommerceDomain

/// Finds the cart behind a `cart_id` for the caller, with Magento's refusals (GetCartForUser):
/// an unknown id, a closed cart, another store view's cart, and someone else's cart. A guest
/// cart is open to every guest; a customer's cart only to that customer.
struct CartAccess: Sendable {
    let quotes: any QuoteRepository

    func quoteId(masked: String, customerId: Int?, storeId: Int) async throws -> Int {
        guard let id = try await quotes.quoteId(maskedId: masked) else { throw Self.notFound(masked) }
        let quote = try await quotes.quote(id: id)
        guard quote.isActive else { throw GraphQLFault.noSuchEntity("Current user does not have an active cart.") }
        guard quote.storeId == storeId else { throw GraphQLFault.noSuchEntity("Wrong store code specified for cart \"\(masked)\"") }
        guard quote.customerId == customerId else {
            throw GraphQLFault.authorization("The current user cannot perform operations on cart \"\(masked)\"")
        }
        return id
    }

    static func notFound(_ masked: String) -> GraphQLFault {
        .noSuchEntity("Could not find a cart with ID \"\(masked)\"")
    }

    /// `customerCart`: the customer's active cart, opened when there is none; its masked id.
    func customerCart(customerId: Int, storeId: Int, checkout: CheckoutService) async throws -> (id: Int, masked: String) {
        let id = try await checkout.customerCart(customerId: customerId, storeId: storeId)
        return (id, try await quotes.maskedId(quoteId: id))
    }
}
