import Foundation

/// `catalog-data-product-interface`: a product as `/V1/products` sends and receives it.
///
/// Every field is optional because input may be partial (a PUT carries only what changes, and
/// the SKU can come from the URL). Output keys follow `ProductInterface`'s getter order; nil
/// fields, an empty `extension_attributes` and an empty `custom_attributes` are omitted, as
/// Magento's `DataObjectProcessor` does. `custom_attributes` is read in list or map form.
public struct Product: Codable, Sendable, Equatable {
    public var id: Int?
    /// Required by the schema (`sku*`); the repository, not the binder, enforces it.
    public var sku: String?
    public var name: String?
    public var attributeSetId: Int?
    public var price: Decimal?
    /// 1 enabled, 2 disabled.
    public var status: Int?
    /// 1 not visible individually, 2 catalog, 3 search, 4 catalog and search.
    public var visibility: Int?
    /// `simple`, `virtual`, `configurable`, `bundle`, `grouped`, `downloadable`, …
    public var typeId: String?
    /// `YYYY-MM-DD HH:MM:SS`, UTC.
    public var createdAt: String?
    public var updatedAt: String?
    public var weight: Decimal?
    public var extensionAttributes: ProductExtensionAttributes?
    public var productLinks: [ProductLink]?
    public var options: [ProductCustomOption]?
    public var mediaGalleryEntries: [MediaGalleryEntry]?
    public var tierPrices: [ProductTierPrice]?
    public var customAttributes: [CustomAttribute]?

    public init(
        id: Int? = nil,
        sku: String? = nil,
        name: String? = nil,
        attributeSetId: Int? = nil,
        price: Decimal? = nil,
        status: Int? = nil,
        visibility: Int? = nil,
        typeId: String? = nil,
        createdAt: String? = nil,
        updatedAt: String? = nil,
        weight: Decimal? = nil,
        extensionAttributes: ProductExtensionAttributes? = nil,
        productLinks: [ProductLink]? = nil,
        options: [ProductCustomOption]? = nil,
        mediaGalleryEntries: [MediaGalleryEntry]? = nil,
        tierPrices: [ProductTierPrice]? = nil,
        customAttributes: [CustomAttribute]? = nil
    ) {
        self.id = id
        self.sku = sku
        self.name = name
        self.attributeSetId = attributeSetId
        self.price = price
        self.status = status
        self.visibility = visibility
        self.typeId = typeId
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.weight = weight
        self.extensionAttributes = extensionAttributes
        self.productLinks = productLinks
        self.options = options
        self.mediaGalleryEntries = mediaGalleryEntries
        self.tierPrices = tierPrices
        self.customAttributes = customAttributes
    }

    enum CodingKeys: String, CodingKey {
        case id, sku, name
        case attributeSetId = "attribute_set_id"
        case price, status, visibility
        case typeId = "type_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case weight
        case extensionAttributes = "extension_attributes"
        case productLinks = "product_links"
        case options
        case mediaGalleryEntries = "media_gallery_entries"
        case tierPrices = "tier_prices"
        case customAttributes = "custom_attributes"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(Int.self, forKey: .id)
        sku = try container.decodeIfPresent(String.self, forKey: .sku)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        attributeSetId = try container.decodeIfPresent(Int.self, forKey: .attributeSetId)
        price = try container.decodeIfPresent(Decimal.self, forKey: .price)
        status = try container.decodeIfPresent(Int.self, forKey: .status)
        visibility = try container.decodeIfPresent(Int.self, forKey: .visibility)
        typeId = try container.decodeIfPresent(String.self, forKey: .typeId)
        createdAt = try container.decodeIfPresent(String.self, forKey: .createdAt)
        updatedAt = try container.decodeIfPresent(String.self, forKey: .updatedAt)
        weight = try container.decodeIfPresent(Decimal.self, forKey: .weight)
        extensionAttributes = try container.decodeIfPresent(
            ProductExtensionAttributes.self, forKey: .extensionAttributes
        )
        productLinks = try container.decodeIfPresent([ProductLink].self, forKey: .productLinks)
        options = try container.decodeIfPresent([ProductCustomOption].self, forKey: .options)
        mediaGalleryEntries = try container.decodeIfPresent([MediaGalleryEntry].self, forKey: .mediaGalleryEntries)
        tierPrices = try container.decodeIfPresent([ProductTierPrice].self, forKey: .tierPrices)
        customAttributes = try container.decodeIfPresent(CustomAttributeList.self, forKey: .customAttributes)?
            .attributes
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(sku, forKey: .sku)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(attributeSetId, forKey: .attributeSetId)
        try container.encodeIfPresent(price, forKey: .price)
        try container.encodeIfPresent(status, forKey: .status)
        try container.encodeIfPresent(visibility, forKey: .visibility)
        try container.encodeIfPresent(typeId, forKey: .typeId)
        try container.encodeIfPresent(createdAt, forKey: .createdAt)
        try container.encodeIfPresent(updatedAt, forKey: .updatedAt)
        try container.encodeIfPresent(weight, forKey: .weight)
        if let extensionAttributes, !extensionAttributes.isEmpty {
            try container.encode(extensionAttributes, forKey: .extensionAttributes)
        }
        try container.encodeIfPresent(productLinks, forKey: .productLinks)
        try container.encodeIfPresent(options, forKey: .options)
        try container.encodeIfPresent(mediaGalleryEntries, forKey: .mediaGalleryEntries)
        try container.encodeIfPresent(tierPrices, forKey: .tierPrices)
        if let customAttributes, !customAttributes.isEmpty {
            try container.encode(customAttributes, forKey: .customAttributes)
        }
    }
}

extension Product: CustomAttributeCarrying {}
