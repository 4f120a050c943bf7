import Foundation

/// `catalog-data-product-custom-option-interface`: a customizable option (`field`, `area`, `file`,
/// `drop_down`, `radio`, `checkbox`, `multiple`, `date`, `date_time`, `time`).
public struct ProductCustomOption: Codable, Sendable, Equatable {
    public var productSku: String?
    public var optionId: Int?
    public var title: String?
    public var type: String?
    public var sortOrder: Int?
    public var isRequire: Bool?
    public var price: Decimal?
    /// `fixed` or `percent`.
    public var priceType: String?
    public var sku: String?
    public var fileExtension: String?
    public var maxCharacters: Int?
    public var imageSizeX: Int?
    public var imageSizeY: Int?
    /// The choices of a select-type option.
    public var values: [ProductCustomOptionValue]?
    public var extensionAttributes: JSONObject?

    public init(
        productSku: String? = nil,
        optionId: Int? = nil,
        title: String? = nil,
        type: String? = nil,
        sortOrder: Int? = nil,
        isRequire: Bool? = nil,
        price: Decimal? = nil,
        priceType: String? = nil,
        sku: String? = nil,
        fileExtension: String? = nil,
        maxCharacters: Int? = nil,
        imageSizeX: Int? = nil,
        imageSizeY: Int? = nil,
        values: [ProductCustomOptionValue]? = nil,
        extensionAttributes: JSONObject? = nil
    ) {
        self.productSku = productSku
        self.optionId = optionId
        self.title = title
        self.type = type
        self.sortOrder = sortOrder
        self.isRequire = isRequire
        self.price = price
        self.priceType = priceType
        self.sku = sku
        self.fileExtension = fileExtension
        self.maxCharacters = maxCharacters
        self.imageSizeX = imageSizeX
        self.imageSizeY = imageSizeY
        self.values = values
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case productSku = "product_sku"
        case optionId = "option_id"
        case title
        case type
        case sortOrder = "sort_order"
        case isRequire = "is_require"
        case price
        case priceType = "price_type"
        case sku
        case fileExtension = "file_extension"
        case maxCharacters = "max_characters"
        case imageSizeX = "image_size_x"
        case imageSizeY = "image_size_y"
        case values
        case extensionAttributes = "extension_attributes"
    }
}
