import MagentoWire

/// The storefront catalog read (GraphQL `products`, `route`): matches for layered navigation,
/// then the page's products, each in a fixed number of statements whatever the page size.
public protocol CatalogSearchRepository: Sendable {
    /// Every enabled product matching the query, with its sort keys, categories and facet values.
    func match(_ query: CatalogQuery, scope: CatalogScope) async throws -> [CatalogMatch]
    /// Products by id as the view sees them (one statement), in the order of `ids`; unknown ids are skipped.
    func products(ids: [Int], scope: CatalogScope) async throws -> [Product]
    /// Products by SKU (one statement), in the order of `skus`.
    func products(skus: [String], scope: CatalogScope) async throws -> [Product]
}
