import CommerceDomain
import Foundation
import MagentoWire

/// One `products` (or `CategoryInterface.products`) answer: matches, sort, page, then the page's
/// products with their children and linked products, each set loaded in one statement.
struct ProductListing {
    let ports: CatalogPorts
    let fields: [String: ProductFilterInput.Kind]
    let filterable: [String]

    func answer(_ call: ResolverCall, categoryId: Int? = nil) async throws -> JSONValue {
        let context = call.context
        let settings = CatalogSettings(context)
        let pageSize = call.int("pageSize") ?? 20
        let currentPage = call.int("currentPage") ?? 1
        guard currentPage >= 1 else { throw GraphQLFault.input("currentPage value must be greater than 0.") }
        guard pageSize >= 1 else { throw GraphQLFault.input("pageSize value must be greater than 0.") }
        let look = call.lookahead
        let needsCategories = categoryId != nil || look.selects("items.categories") || look.selects("aggregations")
            || call.object("filter")?["category_url_path"] != nil || call.object("filter")?["category_id"] != nil
            || call.object("filter")?["category_uid"] != nil
        let index = needsCategories ? try await ports.categoryIndex(context, settings: settings) : nil
        var query: CatalogQuery
        if let categoryId {
            query = CatalogQuery(categoryIds: index?.descendants(of: categoryId) ?? [categoryId])
        } else {
            let reader = ProductQueryReader(fields: fields, categories: index)
            query = try reader.query(search: call.string("search"), filter: call.object("filter"), facets: [])
        }
        let wantsAggregations = look.selects("aggregations")
        if wantsAggregations { query.facets = filterable }
        let matches = try await ports.search.match(query, scope: settings.scope)
        let sortCategory = categoryId ?? query.categoryIds?.first
        let sorted = ProductSort.sorted(matches, sort: call.object("sort"), isSearch: query.text != nil, categoryId: sortCategory)
        let totalPages = sorted.isEmpty ? 0 : (sorted.count + pageSize - 1) / pageSize
        if currentPage > 1, currentPage > totalPages {
            throw GraphQLFault.input("currentPage value \(currentPage) specified is greater than the \(max(totalPages, 1)) page(s) available.")
        }
        let pageIds = sorted.dropFirst((currentPage - 1) * pageSize).prefix(pageSize).map(\.id)
        let products = look.selects("items") ? try await ports.search.products(ids: pageIds, scope: settings.scope) : []
        let renderer = try await renderer(for: products, look: look["items"], index: index, settings: settings, context: context)
        var object = JSONObject()
        object["items"] = .array(products.map { renderer.0.json($0, related: renderer.1) })
        object["total_count"] = .number(String(sorted.count))
        object["page_info"] = [
            "page_size": .number(String(pageSize)), "current_page": .number(String(currentPage)),
            "total_pages": .number(String(totalPages)),
        ]
        object["sort_fields"] = ProductSort.sortFields(isSearch: query.text != nil)
        object["suggestions"] = .array([])
        object["filters"] = .array([])
        if wantsAggregations {
            let catalog = try await ports.attributeCatalog(Set(filterable), context: context)
            object["aggregations"] = ProductAggregations(settings: settings, attributes: catalog, filterable: filterable, categories: index)
                .json(matches)
        }
        return .object(object)
    }

    /// The renderer and what it needs for these products: configurable children (one read),
    /// bundle selections' products and linked products when selected (a read each), axis attributes.
    func renderer(
        for products: [Product], look: Lookahead, index: CategoryIndex?, settings: CatalogSettings, context: GraphQLContext
    ) async throws -> (ProductRenderer, ProductRenderer.Related) {
        var related = ProductRenderer.Related()
        let childIds = products.flatMap { $0.extensionAttributes?.configurableProductLinks ?? [] }
        for child in try await ports.search.products(ids: childIds, scope: settings.scope) {
            if let id = child.id { related.children[id] = child }
        }
        // A bundle's selections show their products (`items.options.product`) and price it.
        let bundleSkus = products.filter { $0.typeId == "bundle" }.flatMap { $0.extensionAttributes?.bundleProductOptions ?? [] }
            .flatMap { $0.productLinks ?? [] }.compactMap(\.sku)
        if !bundleSkus.isEmpty {
            for child in try await ports.search.products(skus: bundleSkus, scope: settings.scope) {
                if let sku = child.sku { related.bySku[sku.lowercased()] = child }
            }
        }
        if look.selects("related_products") || look.selects("upsell_products") || look.selects("crosssell_products") {
            let skus = products.flatMap { $0.productLinks ?? [] }.compactMap(\.linkedProductSku)
            for linked in try await ports.search.products(skus: skus, scope: settings.scope) {
                if let sku = linked.sku { related.bySku[sku.lowercased()] = linked }
            }
        }
        var axes: Set<String> = []
        let hasConfigurables = products.contains { $0.typeId == "configurable" }
        if hasConfigurables {
            let codes = try await ports.attributeCodes()
            for product in products {
                for option in product.extensionAttributes?.configurableProductOptions ?? [] {
                    if let code = Int(option.attributeId ?? "").flatMap({ codes[$0] }) { axes.insert(code) }
                }
            }
        }
        let attributes = axes.isEmpty ? AttributeCatalog(storeId: context.store.id) : try await ports.attributeCatalog(axes, context: context)
        return (ProductRenderer(settings: settings, attributes: attributes, categories: index), related)
    }
}
