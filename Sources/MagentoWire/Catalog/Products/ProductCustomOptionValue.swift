import Foundation

/// `catalog-data-product-custom-option-values-interface`: one choice of a select-type custom option.
public struct ProductCustomOptionValue: Codable, Sendable, Equatable {
    public var title: String?
    public var sortOrder: Int?
    public var price: Decimal?
    /// `fixed` or `percent`.
    public var priceType: String?
    public var sku: String?
    public var optionTypeId: Int?

    public init(
        title: String? = nil,
        sortOrder: Int? = nil,
        price: Decimal? = nil,
        priceType: String? = nil,
        sku: String? = nil,
        optionTypeId: Int? = nil
    ) {
        self.title = title
        self.sortOrder = sortOrder
        self.price = price
        self.priceType = priceType
        self.sku = sku
        self.optionTypeId = optionTypeId
    }

    enum CodingKeys: String, CodingKey {
        case title
        case sortOrder = "sort_order"
        case price
        case priceType = "price_type"
        case sku
        case optionTypeId = "option_type_id"
    }
}
