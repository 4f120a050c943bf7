import MagentoWire

/// Syncs products by SKU (`POST /V1/products` upserts), with their stock item and their
/// category links translated through the category id map.
///
/// Not copied: ids and timestamps (the target keeps its own), media gallery entries (their files
/// are not transferred), product links, custom options and configurable child ids (they name
/// source-side ids or need their counterparts first).
public struct ProductSyncAdapter: SyncAdapter {
    public typealias Record = Product
    public let entity = "products"
    public var isCritical: Bool

    public init(isCritical: Bool = false) {
        self.isCritical = isCritical
    }

    public func fetch(_ criteria: SearchCriteria, from source: MagentoClient) async throws -> SearchResults<Product> {
        try await source.products.list(criteria)
    }

    public func pagingKey(of record: Product) -> Int? { record.id }
    public func key(of record: Product) -> String { record.sku ?? "" }
    public func stamp(of record: Product) -> String? { record.updatedAt }

    public func apply(_ record: Product, context: SyncContext) async throws {
        var product = Self.content(of: record)
        if let links = record.extensionAttributes?.categoryLinks {
            var mapped: [CategoryLink] = []
            for link in links {
                guard let id = link.categoryId,
                      let target = try await context.state.targetId("categories", sourceId: id) else { continue }
                mapped.append(CategoryLink(position: link.position, categoryId: target))
            }
            product.extensionAttributes?.categoryLinks = mapped
        }
        _ = try await context.target.products.save(product)
    }

    static func content(of record: Product) -> Product {
        var product = record
        product.id = nil
        product.createdAt = nil
        product.updatedAt = nil
        product.mediaGalleryEntries = nil
        product.productLinks = nil
        product.options = nil
        // Source-side category ids; the mapped `category_links` carry the assignment instead.
        product.customAttributes?.removeAll { $0.attributeCode == "category_ids" }
        if var extensions = product.extensionAttributes {
            extensions.configurableProductLinks = nil
            extensions.configurableProductOptions = nil
            extensions.stockItem?.itemId = nil
            extensions.stockItem?.productId = nil
            extensions.stockItem?.stockId = nil
            product.extensionAttributes = extensions
        }
        return product
    }
}
