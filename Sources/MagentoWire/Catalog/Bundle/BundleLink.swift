import Foundation

/// `bundle-data-link-interface`: one selection of a bundle option, a child product with its
/// default quantity and (fixed-price bundles only) its price. `id` is the selection id and is a
/// **string** on the wire; `price_type` is 0 fixed, 1 percent of the bundle's price.
public struct BundleLink: Codable, Sendable, Equatable {
    public var id: String?
    public var sku: String?
    public var optionId: Int?
    public var qty: Decimal?
    public var position: Int?
    public var isDefault: Bool?
    public var price: Decimal?
    public var priceType: Int?
    public var canChangeQuantity: Int?
    public var extensionAttributes: JSONObject?

    public init(
        id: String? = nil,
        sku: String? = nil,
        optionId: Int? = nil,
        qty: Decimal? = nil,
        position: Int? = nil,
        isDefault: Bool? = nil,
        price: Decimal? = nil,
        priceType: Int? = nil,
        canChangeQuantity: Int? = nil,
        extensionAttributes: JSONObject? = nil
    ) {
        self.id = id
        self.sku = sku
        self.optionId = optionId
        self.qty = qty
        self.position = position
        self.isDefault = isDefault
        self.price = price
        self.priceType = priceType
        self.canChangeQuantity = canChangeQuantity
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case id, sku
        case optionId = "option_id"
        case qty, position
        case isDefault = "is_default"
        case price
        case priceType = "price_type"
        case canChangeQuantity = "can_change_quantity"
        case extensionAttributes = "extension_attributes"
    }
}
