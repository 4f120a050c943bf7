import CommerceDomain
import Foundation
import MagentoWire

/// `route`, `urlResolver`, `cmsPage` and `cmsBlocks`: storefront URLs (`url-key.html`,
/// `parent/child.html`, CMS identifiers) resolved to the entity they show.
struct RouteResolvers {
    let ports: CatalogPorts
    let listing: ProductListing

    var resolvers: [FieldResolver] {
        [
            FieldResolver("Query", "route") { call in
                try await resolve(call.string("url") ?? "", context: call.context, look: call.lookahead) ?? .null
            },
            FieldResolver("Query", "urlResolver") { call in
                guard let found = try await resolve(call.string("url") ?? "", context: call.context, look: Lookahead()) else { return .null }
                let id = found["id"]?.numberText ?? found["page_id"]?.numberText
                return [
                    "entity_uid": found["uid"] ?? .null, "id": id.map(JSONValue.number) ?? .null,
                    "relative_url": found["relative_url"] ?? .null, "canonical_url": found["relative_url"] ?? .null,
                    "redirectCode": 0, "type": found["type"] ?? .null,
                ]
            },
            FieldResolver("Query", "cmsPage") { call in
                let page: CmsPage?
                if let id = call.int("id") {
                    page = try? await ports.cms.page(id: id)
                } else {
                    page = try await cmsPage(identifier: call.string("identifier") ?? "", storeId: call.context.store.id)
                }
                guard let page, page.active != false else {
                    let key = call.int("id").map(String.init) ?? call.string("identifier") ?? ""
                    throw GraphQLFault.noSuchEntity("The CMS page with the \"\(key)\" ID doesn't exist.")
                }
                return Self.json(page)
            },
            FieldResolver("Query", "cmsBlocks") { call in
                let identifiers = call.argument("identifiers")?.arrayValue?.compactMap(\.stringValue) ?? []
                var items: [JSONValue] = []
                for identifier in identifiers {
                    let criteria = SearchCriteria(filterGroups: [FilterGroup(filters: [Filter(field: "identifier", value: identifier)])])
                    guard let block = try await ports.cms.searchBlocks(criteria).items.first, block.active != false else {
                        throw GraphQLFault.noSuchEntity("The CMS block with the \"\(identifier)\" ID doesn't exist.")
                    }
                    items.append([
                        "identifier": block.identifier.map(JSONValue.string) ?? .null,
                        "title": block.title.map(JSONValue.string) ?? .null,
                        "content": block.content.map(JSONValue.string) ?? .null,
                    ])
                }
                return ["items": .array(items)]
            },
        ]
    }

    /// The page with this identifier shown in the store view (its own, else one for all views).
    func cmsPage(identifier: String, storeId: Int) async throws -> CmsPage? {
        let criteria = SearchCriteria(filterGroups: [FilterGroup(filters: [Filter(field: "identifier", value: identifier)])])
        let pages = try await ports.cms.searchPages(criteria).items
        return pages.first { $0.storeId?.contains(storeId) == true } ?? pages.first { $0.storeId?.contains(0) != false }
    }

    /// The entity a storefront path shows: a product by url key, a category by url path, a CMS page.
    func resolve(_ url: String, context: GraphQLContext, look: Lookahead) async throws -> JSONValue? {
        let settings = CatalogSettings(context)
        var path = String(url.split(separator: "?", maxSplits: 1).first ?? "")
        while path.hasPrefix("/") { path.removeFirst() }
        if path.isEmpty { path = context.config("web/default/cms_home_page") ?? "home" }
        if path.hasSuffix(settings.productSuffix) {
            let key = String(path.dropLast(settings.productSuffix.count))
            let query = CatalogQuery(conditions: ["url_key": .anyOf([key])], visibility: [2, 3, 4])
            if let match = try await ports.search.match(query, scope: settings.scope).first,
               let product = try await ports.search.products(ids: [match.id], scope: settings.scope).first {
                let (renderer, related) = try await listing.renderer(for: [product], look: look, index: nil, settings: settings, context: context)
                return renderer.json(product, related: related)
            }
        }
        let categoryPath = path.hasSuffix(settings.categorySuffix) ? String(path.dropLast(settings.categorySuffix.count)) : path
        let index = try await ports.categoryIndex(context, settings: settings)
        if let category = index.byId.values.first(where: { $0.isActive != false && index.urlPath($0) == categoryPath && ($0.level ?? 0) >= 2 }) {
            return index.json(category)
        }
        if let page = try await cmsPage(identifier: path, storeId: context.store.id), page.active != false {
            return Self.json(page)
        }
        return nil
    }

    static func json(_ page: CmsPage) -> JSONValue {
        [
            "__typename": "CmsPage", "page_id": page.id.map { .number(String($0)) } ?? .null,
            "uid": page.id.map { .string(EntityUid.encode($0)) } ?? .null,
            "identifier": page.identifier.map(JSONValue.string) ?? .null, "url_key": page.identifier.map(JSONValue.string) ?? .null,
            "title": page.title.map(JSONValue.string) ?? .null, "content": page.content.map(JSONValue.string) ?? .null,
            "content_heading": page.contentHeading.map(JSONValue.string) ?? .null,
            "page_layout": page.pageLayout.map(JSONValue.string) ?? .null,
            "meta_title": page.metaTitle.map(JSONValue.string) ?? .null,
            "meta_keywords": page.metaKeywords.map(JSONValue.string) ?? .null,
            "meta_description": page.metaDescription.map(JSONValue.string) ?? .null,
            "relative_url": page.identifier.map(JSONValue.string) ?? .null, "redirect_code": 0, "type": "CMS_PAGE",
        ]
    }
}
