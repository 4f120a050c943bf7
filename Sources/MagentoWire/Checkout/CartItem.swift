import Foundation

/// `quote-data-cart-item-interface`: one line of a cart, as sent to and read from the cart routes.
///
/// `quote_id` is a string on the wire (a guest sends the masked id there).
public struct CartItem: Codable, Sendable, Equatable {
    public var itemId: Int?
    public var sku: String?
    public var qty: Decimal?
    public var name: String?
    public var price: Decimal?
    public var productType: String?
    public var quoteId: String?
    public var productOption: JSONValue?
    public var extensionAttributes: JSONValue?

    public init(
        itemId: Int? = nil, sku: String? = nil, qty: Decimal? = nil, name: String? = nil, price: Decimal? = nil,
        productType: String? = nil, quoteId: String? = nil
    ) {
        self.itemId = itemId
        self.sku = sku
        self.qty = qty
        self.name = name
        self.price = price
        self.productType = productType
        self.quoteId = quoteId
    }

    enum CodingKeys: String, CodingKey {
        case itemId = "item_id"
        case sku, qty, name, price
        case productType = "product_type"
        case quoteId = "quote_id"
        case productOption = "product_option"
        case extensionAttributes = "extension_attributes"
    }
}
