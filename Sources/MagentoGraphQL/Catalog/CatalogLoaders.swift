import CommerceDomain
import MagentoWire

/// The catalog ports an area reads, and the per-request loads shared by its resolvers (each
/// loaded at most once per request through `RequestCache`).
public struct CatalogPorts: Sendable {
    let search: any CatalogSearchRepository
    let categories: any CategoryRepository
    let attributes: any ProductAttributeRepository
    let cms: any CmsRepository

    public init(
        search: any CatalogSearchRepository, categories: any CategoryRepository,
        attributes: any ProductAttributeRepository, cms: any CmsRepository
    ) {
        self.search = search
        self.categories = categories
        self.attributes = attributes
        self.cms = cms
    }

    /// Every category of the view with its product counts: two statements per request.
    func categoryIndex(_ context: GraphQLContext, settings: CatalogSettings) async throws -> CategoryIndex {
        try await context.cache.value("catalog.categories") {
            let page = try await categories.searchCategories(SearchCriteria(), scope: settings.scope)
            let tree = try await categories.tree(rootId: 1, depth: nil, scope: settings.scope)
            var counts: [Int: Int] = [:]
            var queue = [tree]
            while let node = queue.popLast() {
                if let id = node.id { counts[id] = node.productCount ?? 0 }
                queue += node.childrenData ?? []
            }
            return CategoryIndex(categories: page.items, productCounts: counts, suffix: settings.categorySuffix)
        }
    }

    /// The named attributes with their options (read together: two statements in SQL storage).
    func attributeCatalog(_ codes: Set<String>, context: GraphQLContext) async throws -> AttributeCatalog {
        try await context.cache.value("catalog.attributes." + codes.sorted().joined(separator: ",")) {
            AttributeCatalog(try await attributes.attributes(codes: codes.sorted()), storeId: context.store.id)
        }
    }

    /// Attribute id → code, for configurable axes.
    func attributeCodes() async throws -> [Int: String] {
        Dictionary(try await attributes.definitions().values.map { ($0.id, $0.code) }, uniquingKeysWith: { first, _ in first })
    }
}
