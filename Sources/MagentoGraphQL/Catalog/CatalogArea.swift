import CommerceDomain
import MagentoWire

/// `products`, categories, `route`/`urlResolver` and CMS content: the catalog REST serves at
/// `/V1/products`, `/V1/categories` and `/V1/cmsPage`, in GraphQL's shape.
public struct CatalogArea: GraphQLArea {
    let ports: CatalogPorts
    /// Filterable attributes at start-up: they shape `ProductAttributeFilterInput` and layered navigation.
    let filterable: [ProductAttribute]

    public init(ports: CatalogPorts, filterable: [ProductAttribute]) {
        self.ports = ports
        self.filterable = filterable.filter { $0.attributeCode != nil }
    }

    /// Loads the filterable attributes from the attribute table.
    public static func filterableAttributes(_ attributes: any ProductAttributeRepository) async throws -> [ProductAttribute] {
        try await attributes.searchAttributes(SearchCriteria()).items.filter { $0.isFilterable == true }
    }

    var listing: ProductListing {
        ProductListing(
            ports: ports, fields: ProductFilterInput.fields(filterable),
            filterable: filterable.compactMap(\.attributeCode).filter { ProductFilterInput.fixed[$0] == nil }
        )
    }

    public var schema: String {
        [
            """
            extend type Query {
                products(search: String, filter: ProductAttributeFilterInput, pageSize: Int = 20, currentPage: Int = 1, sort: ProductAttributeSortInput): Products
                categories(filters: CategoryFilterInput, pageSize: Int = 20, currentPage: Int = 1): CategoryResult
                categoryList(filters: CategoryFilterInput, pageSize: Int = 20, currentPage: Int = 1): [CategoryTree] @deprecated(reason: "Use `categories` instead.")
                category(id: Int): CategoryTree @deprecated(reason: "Use `categories` instead.")
                route(url: String!): RoutableInterface
                urlResolver(url: String!): EntityUrl @deprecated(reason: "Use the `route` query instead.")
                cmsPage(id: Int, identifier: String): CmsPage
                cmsBlocks(identifiers: [String]): CmsBlocks
            }
            """,
            ProductFilterInput.sdl(filterable),
            ProductSchema.sdl, ProductPriceSchema.sdl, ProductMediaSchema.sdl, ProductOptionSchema.sdl, ConfigurableSchema.sdl,
            ProductKindsSchema.sdl, ProductSearchSchema.sdl, CategorySchema.sdl, RoutingSchema.sdl,
        ].joined(separator: "\n")
    }

    public var resolvers: [FieldResolver] {
        let listing = self.listing
        let categories = CategoryResolvers(ports: ports, listing: listing)
        let routes = RouteResolvers(ports: ports, listing: listing)
        return [
            FieldResolver("Query", "products") { call in try await listing.answer(call) },
        ] + categories.resolvers + routes.resolvers
    }
}
