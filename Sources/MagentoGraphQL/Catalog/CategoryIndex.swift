import MagentoWire

/// Every category of the store view, loaded in one read per request, with what `CategoryTree`
/// needs: children in position order, ancestors for breadcrumbs, product counts.
struct CategoryIndex: Sendable {
    var byId: [Int: Category] = [:]
    var childIds: [Int: [Int]] = [:]
    var productCounts: [Int: Int] = [:]
    var suffix: String

    init(categories: [Category], productCounts: [Int: Int], suffix: String) {
        self.suffix = suffix
        self.productCounts = productCounts
        for category in categories {
            guard let id = category.id else { continue }
            byId[id] = category
            if let parent = category.parentId { childIds[parent, default: []].append(id) }
        }
        for (parent, ids) in childIds {
            childIds[parent] = ids.sorted { (byId[$0]?.position ?? 0, $0) < (byId[$1]?.position ?? 0, $1) }
        }
    }

    func attribute(_ code: String, of category: Category) -> String? {
        guard let value = category.customAttributes?.first(where: { $0.attributeCode == code })?.value else { return nil }
        return value.stringValue ?? value.numberText
    }

    /// The category's `url_path` (stored, else built from the url keys below the root).
    func urlPath(_ category: Category) -> String? {
        if let stored = attribute("url_path", of: category), !stored.isEmpty { return stored }
        let keys = ancestors(of: category).compactMap { attribute("url_key", of: $0) } + [attribute("url_key", of: category)].compactMap { $0 }
        return keys.isEmpty ? nil : keys.joined(separator: "/")
    }

    /// Ancestors below the store roots (level ≥ 2), top first.
    func ancestors(of category: Category) -> [Category] {
        let ids = (category.path ?? "").split(separator: "/").compactMap { Int($0) }.dropLast()
        return ids.compactMap { byId[$0] }.filter { ($0.level ?? 0) >= 2 }
    }

    /// The category and every active descendant: what an anchor category lists.
    func descendants(of id: Int) -> [Int] {
        var result = [id]
        var queue = childIds[id] ?? []
        while let next = queue.popLast() {
            result.append(next)
            queue += childIds[next] ?? []
        }
        return result
    }

    /// Active children in position order.
    func children(of id: Int) -> [Category] {
        (childIds[id] ?? []).compactMap { byId[$0] }.filter { $0.isActive != false }
    }

    func json(id: Int) -> JSONValue? {
        byId[id].map(json)
    }

    func json(_ category: Category) -> JSONValue {
        let id = category.id ?? 0
        let urlPath = urlPath(category)
        var object = JSONObject()
        object["__typename"] = "CategoryTree"
        object["uid"] = .string(EntityUid.encode(id))
        object["id"] = .number(String(id))
        object["name"] = category.name.map(JSONValue.string) ?? .null
        object["url_key"] = attribute("url_key", of: category).map(JSONValue.string) ?? .null
        object["url_path"] = urlPath.map(JSONValue.string) ?? .null
        object["url_suffix"] = .string(suffix)
        object["canonical_url"] = urlPath.map { .string($0 + suffix) } ?? .null
        object["relative_url"] = urlPath.map { .string($0 + suffix) } ?? .null
        object["redirect_code"] = 0
        object["type"] = "CATEGORY"
        object["include_in_menu"] = .number(category.includeInMenu == false ? "0" : "1")
        object["is_anchor"] = .number(attribute("is_anchor", of: category) == "0" ? "0" : "1")
        object["level"] = category.level.map { .number(String($0)) } ?? .null
        object["position"] = category.position.map { .number(String($0)) } ?? .null
        object["path"] = category.path.map(JSONValue.string) ?? .null
        object["path_in_store"] = .null
        object["children_count"] = .string(String(descendants(of: id).count - 1))
        object["product_count"] = .number(String(productCounts[id] ?? 0))
        for code in ["description", "display_mode", "default_sort_by", "image", "meta_title", "meta_keywords", "meta_description",
                     "custom_layout_update_file"] {
            object[code] = attribute(code, of: category).map(JSONValue.string) ?? .null
        }
        object["landing_page"] = attribute("landing_page", of: category).flatMap { Int($0) }.map { .number(String($0)) } ?? .null
        object["filter_price_range"] = .null
        object["available_sort_by"] = category.availableSortBy.map { .array($0.map(JSONValue.string)) } ?? .null
        object["created_at"] = category.createdAt.map(JSONValue.string) ?? .null
        object["updated_at"] = category.updatedAt.map(JSONValue.string) ?? .null
        object["cms_block"] = .null
        let crumbs = ancestors(of: category)
        object["breadcrumbs"] = crumbs.isEmpty ? .null : .array(crumbs.map { ancestor in
            let ancestorId = ancestor.id ?? 0
            return [
                "category_id": .number(String(ancestorId)),
                "category_uid": .string(EntityUid.encode(ancestorId)),
                "category_name": ancestor.name.map(JSONValue.string) ?? .null,
                "category_level": ancestor.level.map { .number(String($0)) } ?? .null,
                "category_url_key": attribute("url_key", of: ancestor).map(JSONValue.string) ?? .null,
                "category_url_path": self.urlPath(ancestor).map(JSONValue.string) ?? .null,
            ]
        })
        return .object(object)
    }
}
