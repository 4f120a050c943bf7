/// A cart line as the transaction that wrote it left the cart: the answer to an add or a change
/// comes from here, never from a later read that might not see the write yet (issue 16, 5).
public struct SavedQuoteLine: Sendable, Equatable {
    public var itemId: Int
    /// The cart with its lines after the write, read inside the same transaction.
    public var quote: Quote

    public init(itemId: Int, quote: Quote) {
        self.itemId = itemId
        self.quote = quote
    }
}
