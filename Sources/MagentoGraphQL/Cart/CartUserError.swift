import CommerceDomain

/// An entry of `addProductsToCart.user_errors`: Magento's message and the code it derives from
/// the message's opening words (Quote's `AddProductsToCart::MESSAGE_CODES`), so storefronts
/// that match on either see what they expect.
struct CartUserError: Sendable, Equatable {
    var code: String
    var message: String
    /// Set for stock refusals: `InsufficientStockError.quantity` (the quantity left), nil elsewhere.
    var isStock: Bool { code == "INSUFFICIENT_STOCK" }

    /// Message prefixes and their codes, in Magento's order.
    static let codes: [(prefix: String, code: String)] = [
        ("Could not find a product with SKU", "PRODUCT_NOT_FOUND"),
        ("The required options you selected are not available", "NOT_SALABLE"),
        ("Product that you are trying to add is not available.", "NOT_SALABLE"),
        ("This product is out of stock", "INSUFFICIENT_STOCK"),
        ("There are no source items", "NOT_SALABLE"),
        ("The fewest you may purchase is", "INSUFFICIENT_STOCK"),
        ("The most you may purchase is", "INSUFFICIENT_STOCK"),
        ("The requested qty is not available", "INSUFFICIENT_STOCK"),
    ]

    init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    /// The user error for a refused line; an unknown SKU reads as Magento's GraphQL text.
    init(_ error: CommerceError, sku: String) {
        if error == CheckoutMessages.noSuchProduct {
            self.init(code: "PRODUCT_NOT_FOUND", message: "Could not find a product with SKU \"\(sku)\"")
            return
        }
        let message = GraphQLFault(error).message
        let code = Self.codes.first { message.hasPrefix($0.prefix) }?.code ?? "UNDEFINED"
        self.init(code: code, message: message)
    }
}
