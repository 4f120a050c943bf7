import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Categories as a materialized-path tree (`path` = `1/2/5`, as Magento keeps it), with the
/// wire-only fields (`available_sort_by`, custom attributes) in `document`.
public struct SQLCategoryRepository: CategoryRepository {
    let provider: any DatabaseProvider
    let clock: any CommerceClock

    public init(provider: any DatabaseProvider, clock: any CommerceClock) {
        self.provider = provider
        self.clock = clock
    }

    static let table = SearchableTable(
        table: "catalog_category", primaryKey: "entity_id",
        fields: [
            "entity_id": .init(column: "entity_id", kind: .integer),
            "id": .init(column: "entity_id", kind: .integer),
            "parent_id": .init(column: "parent_id", kind: .integer),
            "path": .init(column: "path", kind: .text),
            "position": .init(column: "position", kind: .integer),
            "level": .init(column: "level", kind: .integer),
            "name": .init(column: "name", kind: .text),
            "is_active": .init(column: "is_active", kind: .boolean),
            "include_in_menu": .init(column: "include_in_menu", kind: .boolean),
            "created_at": .init(column: "created_at", kind: .timestamp),
            "updated_at": .init(column: "updated_at", kind: .timestamp),
        ]
    )

    public func tree(rootId: Int?, depth: Int?, scope: CatalogScope) async throws -> CategoryTree {
        let root = rootId ?? (scope.storeId == 0 ? 1 : 2)
        return try await provider.read { db in
            guard let rootRow = try await Self.row(id: root, on: db) else { throw CommerceError.noSuchEntity(field: "id", value: String(root)) }
            let rootPath = try rootRow.decode(column: "path", as: String.self)
            let rootLevel = try rootRow.decode(column: "level", as: Int.self)
            var rows = try await db.raw("""
                SELECT entity_id, parent_id, name, is_active, position, level FROM catalog_category
                WHERE path LIKE \(bind: rootPath + "/%") ORDER BY level, position, entity_id
                """).all()
            if let depth {
                // Subtracting keeps a huge depth from overflowing.
                rows = try rows.filter { try $0.decode(column: "level", as: Int.self) - rootLevel <= depth }
            }
            let counts = try await Self.productCounts(on: db)
            var children: [Int: [any SQLRow]] = [:]
            for row in rows {
                children[try row.decode(column: "parent_id", as: Int.self), default: []].append(row)
            }
            func node(_ row: any SQLRow) throws -> CategoryTree {
                let id = try row.decode(column: "entity_id", as: Int.self)
                return CategoryTree(
                    id: id, parentId: try row.decode(column: "parent_id", as: Int.self),
                    name: try row.decode(column: "name", as: String.self),
                    isActive: try row.decode(column: "is_active", as: Int.self) == 1,
                    position: try row.decode(column: "position", as: Int.self),
                    level: try row.decode(column: "level", as: Int.self), productCount: counts[id] ?? 0,
                    childrenData: try (children[id] ?? []).map(node)
                )
            }
            return try node(rootRow)
        }
    }

    public func category(id: Int, scope: CatalogScope) async throws -> Category {
        try await provider.read { db in
            guard let row = try await Self.row(id: id, on: db) else { throw CommerceError.noSuchEntity(field: "id", value: String(id)) }
            return try await Self.category(from: row, on: db)
        }
    }

    public func searchCategories(_ criteria: SearchCriteria, scope: CatalogScope) async throws -> SearchPage<Category> {
        try await provider.read { db in
            let page = try await SearchQuery(criteria, table: Self.table).run(on: db)
            guard !page.items.isEmpty else { return SearchPage(items: [], totalCount: page.totalCount) }
            let family = try await CategoryFamily.load(on: db)
            let items = try page.items.map { row in
                let id = try row.decode(column: "entity_id", as: Int.self)
                return try Self.category(from: row, children: family.children[id] ?? [], descendants: family.descendants(of: id))
            }
            return SearchPage(items: items, totalCount: page.totalCount)
        }
    }

    static func row(id: Int, on db: any SQLDatabase) async throws -> (any SQLRow)? {
        try await db.raw("SELECT * FROM catalog_category WHERE entity_id = \(bind: id)").first()
    }

    static func category(from row: any SQLRow, on db: any SQLDatabase) async throws -> Category {
        let id = try row.decode(column: "entity_id", as: Int.self)
        let children = try await db.raw("SELECT entity_id FROM catalog_category WHERE parent_id = \(bind: id) ORDER BY position, entity_id").all()
            .map { try $0.decode(column: "entity_id", as: Int.self) }
        let path = try row.decode(column: "path", as: String.self)
        let descendants = try await db.raw("SELECT COUNT(*) AS total FROM catalog_category WHERE path LIKE \(bind: path + "/%")").first()?
            .decode(column: "total", as: Int.self) ?? 0
        return try category(from: row, children: children, descendants: descendants)
    }

    /// A category from its row, given its children's ids (in position order) and how many categories lie below it.
    static func category(from row: any SQLRow, children: [Int], descendants: Int) throws -> Category {
        let id = try row.decode(column: "entity_id", as: Int.self)
        var category = try MagentoDecoder().decode(Category.self, from: try JSONValue.parse(try row.decode(column: "document", as: String.self)))
        let path = try row.decode(column: "path", as: String.self)
        category.id = id
        category.parentId = try row.decode(column: "parent_id", as: Int.self)
        category.name = try row.decode(column: "name", as: String.self)
        category.isActive = try row.decode(column: "is_active", as: Int.self) == 1
        category.position = try row.decode(column: "position", as: Int.self)
        category.level = try row.decode(column: "level", as: Int.self)
        category.children = children.map(String.init).joined(separator: ",")
        category.createdAt = try row.decode(column: "created_at", as: String.self)
        category.updatedAt = try row.decode(column: "updated_at", as: String.self)
        category.path = path
        category.availableSortBy = category.availableSortBy ?? []
        category.includeInMenu = try row.decode(column: "include_in_menu", as: Int.self) == 1
        var attributes = category.customAttributes ?? []
        attributes.removeAll { ["path", "children_count"].contains($0.attributeCode) }
        attributes.append(CustomAttribute(attributeCode: "path", value: .string(path)))
        attributes.append(CustomAttribute(attributeCode: "children_count", value: .string(String(descendants))))
        category.customAttributes = attributes
        return category
    }

    static func productCounts(on db: any SQLDatabase) async throws -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for row in try await db.raw("SELECT category_id, COUNT(*) AS total FROM catalog_category_product GROUP BY category_id").all() {
            counts[try row.decode(column: "category_id", as: Int.self)] = try row.decode(column: "total", as: Int.self)
        }
        return counts
    }

    func timestamp() -> String {
        MagentoTimestamp.string(from: clock.now())
    }
}
