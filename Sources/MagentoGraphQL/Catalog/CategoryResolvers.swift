import CommerceDomain
import MagentoWire

/// `categories`, `categoryList`, `category`, and a tree's `children` and `products`: all read
/// from the request's category index (loaded once), so a tree of any depth costs the same.
struct CategoryResolvers {
    let ports: CatalogPorts
    let listing: ProductListing

    var resolvers: [FieldResolver] {
        [
            FieldResolver("Query", "categories") { call in
                let (items, total, pageSize, page) = try await page(call)
                return [
                    "items": .array(items), "total_count": .number(String(total)),
                    "page_info": [
                        "page_size": .number(String(pageSize)), "current_page": .number(String(page)),
                        "total_pages": .number(String(total == 0 ? 0 : (total + pageSize - 1) / pageSize)),
                    ],
                ]
            },
            FieldResolver("Query", "categoryList") { call in .array(try await page(call).0) },
            FieldResolver("Query", "category") { call in
                let index = try await ports.categoryIndex(call.context, settings: CatalogSettings(call.context))
                let id = call.int("id") ?? rootId(call.context)
                guard let category = index.byId[id], category.isActive != false else {
                    throw GraphQLFault.noSuchEntity("Category doesn't exist")
                }
                return index.json(category)
            },
            FieldResolver("CategoryTree", "children") { call in
                let index = try await ports.categoryIndex(call.context, settings: CatalogSettings(call.context))
                let id = Int(call.parent["id"]?.numberText ?? "") ?? 0
                return .array(index.children(of: id).map(index.json))
            },
            FieldResolver("CategoryInterface", "products") { call in
                try await listing.answer(call, categoryId: Int(call.parent["id"]?.numberText ?? "") ?? 0)
            },
        ]
    }

    func rootId(_ context: GraphQLContext) -> Int {
        context.stores.groups.first { $0.id == context.store.storeGroupId }?.rootCategoryId ?? 2
    }

    /// The categories matching `filters` (the store's root when none), paged.
    func page(_ call: ResolverCall) async throws -> ([JSONValue], Int, Int, Int) {
        let pageSize = call.int("pageSize") ?? 20
        let currentPage = call.int("currentPage") ?? 1
        guard currentPage >= 1 else { throw GraphQLFault.input("currentPage value must be greater than 0.") }
        guard pageSize >= 1 else { throw GraphQLFault.input("pageSize value must be greater than 0.") }
        let index = try await ports.categoryIndex(call.context, settings: CatalogSettings(call.context))
        let root = rootId(call.context)
        let inStore = Set(index.descendants(of: root))
        var matching = index.byId.values.filter { inStore.contains($0.id ?? 0) && $0.isActive != false }
        let filters = call.object("filters") ?? JSONObject()
        if filters.isEmpty { matching = matching.filter { $0.id == root } }
        for (field, value) in filters {
            guard case .object(let condition) = value else { continue }
            let wanted = condition["in"]?.arrayValue?.compactMap { $0.stringValue ?? $0.numberText }
                ?? [condition["eq"]?.stringValue ?? condition["eq"]?.numberText].compactMap { $0 }
            switch field {
            case "category_uid":
                let ids = Set(try wanted.map { try EntityUid.decodeId($0) })
                matching = matching.filter { ids.contains($0.id ?? 0) }
            case "ids":
                matching = matching.filter { wanted.contains(String($0.id ?? 0)) }
            case "parent_category_uid":
                let ids = Set(try wanted.map { try EntityUid.decodeId($0) })
                matching = matching.filter { ids.contains($0.parentId ?? 0) }
            case "parent_id":
                matching = matching.filter { wanted.contains(String($0.parentId ?? 0)) }
            case "url_key":
                matching = matching.filter { index.attribute("url_key", of: $0).map(wanted.contains) ?? false }
            case "url_path":
                matching = matching.filter { index.urlPath($0).map(wanted.contains) ?? false }
            case "name":
                let text = (condition["match"]?.stringValue ?? "").lowercased()
                matching = matching.filter { ($0.name ?? "").lowercased().contains(text) }
            default:
                continue
            }
        }
        let sorted = matching.sorted { ($0.level ?? 0, $0.position ?? 0, $0.id ?? 0) < ($1.level ?? 0, $1.position ?? 0, $1.id ?? 0) }
        let items = sorted.dropFirst((currentPage - 1) * pageSize).prefix(pageSize).map(index.json)
        return (Array(items), sorted.count, pageSize, currentPage)
    }
}
