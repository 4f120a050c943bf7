import Foundation
import MagentoWire

/// Carts (quotes), their lines, addresses and masked guest ids.
public protocol QuoteRepository: Sendable {
    /// A new empty active cart.
    func createQuote(storeId: Int, customerId: Int?) async throws -> Quote
    /// A new empty guest cart; returns its 32-character masked id.
    func createGuestQuote(storeId: Int) async throws -> String
    /// A new empty guest cart under the masked id the client chose (GraphQL's `cart_uid`);
    /// nil when that id is already taken.
    func createGuestQuote(storeId: Int, maskedId: String) async throws -> String?
    func quoteId(maskedId: String) async throws -> Int?
    /// The cart's masked id, given one first when it has none (a customer's cart reached
    /// through GraphQL gets one, as Magento's `customerCart` does).
    func maskedId(quoteId: Int) async throws -> String
    func activeQuoteId(customerId: Int) async throws -> Int?
    /// Throws `No such entity with cartId = …` when there is none.
    func quote(id: Int) async throws -> Quote
    func searchQuotes(_ criteria: SearchCriteria) async throws -> SearchPage<Quote>
    /// The customer a saved address belongs to; nil when there is no such address.
    func customerAddressOwner(addressId: Int) async throws -> Int?
    /// Changes the cart's details (addresses, shipping, payment, coupon, email) in one
    /// transaction; addresses get their ids. Refuses an inactive cart.
    func updateQuote(id: Int, _ change: @escaping @Sendable (inout Quote) throws -> Void) async throws -> Quote
    /// Adds the line's quantity (to the line with its SKU when there is one), or sets line
    /// `itemId` to it; returns the line's id and the cart as the same transaction left it.
    func saveItem(quoteId: Int, itemId: Int?, line: QuoteItem, adds: Bool) async throws -> SavedQuoteLine
    func deleteItem(quoteId: Int, itemId: Int) async throws
    /// Gives the cart to the customer; their other active cart's lines move into it and that
    /// cart is closed.
    func assignCustomer(quoteId: Int, customerId: Int, storeId: Int) async throws
    /// Moves the source cart's lines into the destination (a line with the same SKU grows) and
    /// closes the source, in one transaction.
    func mergeQuote(sourceId: Int, into destinationId: Int) async throws
    /// The catalog, buyer, rules and tax data pricing needs, read now.
    func inputs(for quote: Quote) async throws -> CartInputs
    /// Re-reads the cart, its products, rules and stock in one transaction, builds the order
    /// with `build`, writes it, moves stock and closes the cart. Two buyers racing for the last
    /// unit: exactly one order is written.
    func placeOrder(
        quoteId: Int, stock: StockConfiguration, build: @escaping @Sendable (Quote, CartInputs) throws -> Order
    ) async throws -> Order
}
