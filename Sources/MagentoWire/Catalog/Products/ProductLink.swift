import Foundation

/// `catalog-data-product-link-interface`: a related, up-sell, cross-sell or grouped link.
public struct ProductLink: Codable, Sendable, Equatable {
    /// The product that owns the link.
    public var sku: String?
    /// `related`, `upsell`, `crosssell` or `associated` (grouped children).
    public var linkType: String?
    public var linkedProductSku: String?
    /// `simple`, `virtual`, …
    public var linkedProductType: String?
    public var position: Int?
    public var extensionAttributes: ProductLinkExtension?

    public init(
        sku: String? = nil,
        linkType: String? = nil,
        linkedProductSku: String? = nil,
        linkedProductType: String? = nil,
        position: Int? = nil,
        extensionAttributes: ProductLinkExtension? = nil
    ) {
        self.sku = sku
        self.linkType = linkType
        self.linkedProductSku = linkedProductSku
        self.linkedProductType = linkedProductType
        self.position = position
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case sku
        case linkType = "link_type"
        case linkedProductSku = "linked_product_sku"
        case linkedProductType = "linked_product_type"
        case position
        case extensionAttributes = "extension_attributes"
    }
}

/// `catalog-data-product-link-extension-interface`: the default quantity of a grouped child.
public struct ProductLinkExtension: Codable, Sendable, Equatable {
    public var qty: Decimal?

    public init(qty: Decimal? = nil) {
        self.qty = qty
    }

    enum CodingKeys: String, CodingKey {
        case qty
    }
}
