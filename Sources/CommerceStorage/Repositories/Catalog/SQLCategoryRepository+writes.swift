import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

extension SQLCategoryRepository {
    public func saveCategory(_ input: Category, scope: CatalogScope) async throws -> Category {
        let now = timestamp()
        let id: Int = try await provider.transaction { db in
            if let id = input.id, let row = try await Self.row(id: id, on: db) {
                var stored = try await Self.category(from: row, on: db)
                stored.name = input.name ?? stored.name
                stored.isActive = input.isActive ?? stored.isActive
                stored.includeInMenu = input.includeInMenu ?? stored.includeInMenu
                stored.availableSortBy = input.availableSortBy ?? stored.availableSortBy
                stored.extensionAttributes = input.extensionAttributes ?? stored.extensionAttributes
                for attribute in input.customAttributes ?? [] {
                    stored.customAttributes?.removeAll { $0.attributeCode == attribute.attributeCode }
                    stored.customAttributes = (stored.customAttributes ?? []) + [attribute]
                }
                try Self.requireName(stored.name)
                try await db.raw("""
                    UPDATE catalog_category SET name = \(bind: stored.name ?? ""), is_active = \(bind: (stored.isActive ?? true) ? 1 : 0),
                        include_in_menu = \(bind: (stored.includeInMenu ?? true) ? 1 : 0), updated_at = \(bind: now),
                        document = \(bind: try Self.document(stored))
                    WHERE entity_id = \(bind: id)
                    """).run()
                try await Self.event("category.updated", id: id, on: db, at: now)
                return id
            }
            if let id = input.id { throw CommerceError.noSuchEntity(field: "id", value: String(id)) }
            try Self.requireName(input.name)
            let parentId = input.parentId ?? 2
            guard let parent = try await Self.row(id: parentId, on: db) else {
                throw CommerceError.noSuchEntity(field: "id", value: String(parentId))
            }
            var category = input
            if category.customAttributes?.contains(where: { $0.attributeCode == "url_key" }) != true {
                category.customAttributes = (category.customAttributes ?? []) + [
                    CustomAttribute(attributeCode: "url_key", value: .string(URLKey.make(from: input.name ?? ""))),
                ]
            }
            let position = try await Self.nextPosition(parentId: parentId, on: db)
            let row = try await db.raw("""
                INSERT INTO catalog_category (parent_id, path, position, level, name, is_active, include_in_menu, created_at, updated_at, document)
                VALUES (\(bind: parentId), '', \(bind: position), \(bind: try parent.decode(column: "level", as: Int.self) + 1),
                    \(bind: input.name ?? ""), \(bind: (input.isActive ?? true) ? 1 : 0), \(bind: (input.includeInMenu ?? true) ? 1 : 0),
                    \(bind: now), \(bind: now), \(bind: try Self.document(category)))
                RETURNING entity_id
                """).first()
            let id = try row?.decode(column: "entity_id", as: Int.self) ?? 0
            let path = try parent.decode(column: "path", as: String.self) + "/\(id)"
            try await db.raw("UPDATE catalog_category SET path = \(bind: path) WHERE entity_id = \(bind: id)").run()
            try await Self.event("category.created", id: id, on: db, at: now)
            return id
        }
        return try await category(id: id, scope: scope)
    }

    public func deleteCategory(id: Int) async throws {
        let now = timestamp()
        try await provider.transaction { db in
            guard let row = try await Self.row(id: id, on: db) else { throw CommerceError.noSuchEntity(field: "id", value: String(id)) }
            guard id > 2 else {
                throw CommerceError.invalidState(message: "Cannot delete category with id %1", parameters: [String(id)])
            }
            let path = try row.decode(column: "path", as: String.self)
            try await db.raw("DELETE FROM catalog_category WHERE path LIKE \(bind: path + "/%") OR entity_id = \(bind: id)").run()
            try await Self.event("category.deleted", id: id, on: db, at: now)
        }
    }

    public func moveCategory(id: Int, parentId: Int, afterId: Int?) async throws {
        let now = timestamp()
        try await provider.transaction { db in
            guard let row = try await Self.row(id: id, on: db) else { throw CommerceError.noSuchEntity(field: "id", value: String(id)) }
            guard let parent = try await Self.row(id: parentId, on: db) else {
                throw CommerceError.noSuchEntity(field: "id", value: String(parentId))
            }
            let oldPath = try row.decode(column: "path", as: String.self)
            let parentPath = try parent.decode(column: "path", as: String.self)
            guard parentId != id, !parentPath.hasPrefix(oldPath + "/") else {
                throw CommerceError.invalidInput(message: "Operation do not allow to move a parent category to any of children category")
            }
            let newPath = parentPath + "/\(id)"
            let levelShift = try parent.decode(column: "level", as: Int.self) + 1 - row.decode(column: "level", as: Int.self)
            // Position: right after `afterId` among the new siblings, or last.
            var position = try await Self.nextPosition(parentId: parentId, on: db)
            if let afterId, afterId != 0,
               let after = try await db.raw("SELECT position FROM catalog_category WHERE entity_id = \(bind: afterId) AND parent_id = \(bind: parentId)").first() {
                position = try ClientArithmetic.adding(after.decode(column: "position", as: Int.self), 1, field: "position")
                try await db.raw("""
                    UPDATE catalog_category SET position = position + 1 WHERE parent_id = \(bind: parentId) AND position >= \(bind: position)
                    """).run()
            }
            try await db.raw("""
                UPDATE catalog_category SET path = \(bind: newPath) || SUBSTR(path, CAST(\(bind: oldPath.count + 1) AS INTEGER)),
                    level = level + \(bind: levelShift), updated_at = \(bind: now)
                WHERE path LIKE \(bind: oldPath + "/%")
                """).run()
            try await db.raw("""
                UPDATE catalog_category SET parent_id = \(bind: parentId), path = \(bind: newPath), position = \(bind: position),
                    level = level + \(bind: levelShift), updated_at = \(bind: now)
                WHERE entity_id = \(bind: id)
                """).run()
            try await Self.event("category.moved", id: id, on: db, at: now)
        }
    }

    public func assignedProducts(categoryId: Int) async throws -> [CategoryProductLink] {
        try await provider.read { db in
            guard try await Self.row(id: categoryId, on: db) != nil else {
                throw CommerceError.noSuchEntity(field: "id", value: String(categoryId))
            }
            return try await db.raw("""
                SELECT p.sku, l.position FROM catalog_category_product l JOIN catalog_product p ON p.entity_id = l.product_id
                WHERE l.category_id = \(bind: categoryId) ORDER BY l.position, p.entity_id
                """).all().map {
                CategoryProductLink(
                    sku: try $0.decode(column: "sku", as: String.self), position: try $0.decode(column: "position", as: Int.self),
                    categoryId: String(categoryId)
                )
            }
        }
    }

    public func saveProductLink(_ link: CategoryProductLink) async throws {
        let now = timestamp()
        try await provider.transaction { db in
            let categoryId = Int(link.categoryId ?? "") ?? 0
            guard try await Self.row(id: categoryId, on: db) != nil else {
                throw CommerceError.noSuchEntity(field: "id", value: link.categoryId ?? "")
            }
            let productId = try await Self.productId(sku: link.sku ?? "", on: db)
            try await db.raw("""
                INSERT INTO catalog_category_product (category_id, product_id, position)
                VALUES (\(bind: categoryId), \(bind: productId), \(bind: link.position ?? 0))
                ON CONFLICT (category_id, product_id) DO UPDATE SET position = excluded.position
                """).run()
            try await db.raw("UPDATE catalog_product SET updated_at = \(bind: now) WHERE entity_id = \(bind: productId)").run()
            try await Self.event("category.product_assigned", id: categoryId, on: db, at: now)
        }
    }

    public func deleteProductLink(categoryId: Int, sku: String) async throws {
        let now = timestamp()
        try await provider.transaction { db in
            guard try await Self.row(id: categoryId, on: db) != nil else {
                throw CommerceError.noSuchEntity(field: "id", value: String(categoryId))
            }
            let productId = try await Self.productId(sku: sku, on: db)
            let linked = try await db.raw("""
                SELECT product_id FROM catalog_category_product WHERE category_id = \(bind: categoryId) AND product_id = \(bind: productId)
                """).first()
            guard linked != nil else {
                throw CommerceError.invalidState(message: "The category doesn't contain the specified product.")
            }
            try await db.raw("DELETE FROM catalog_category_product WHERE category_id = \(bind: categoryId) AND product_id = \(bind: productId)").run()
            try await db.raw("UPDATE catalog_product SET updated_at = \(bind: now) WHERE entity_id = \(bind: productId)").run()
            try await Self.event("category.product_unassigned", id: categoryId, on: db, at: now)
        }
    }

    static func productId(sku: String, on db: any SQLDatabase) async throws -> Int {
        guard let row = try await db.raw("SELECT entity_id FROM catalog_product WHERE sku_key = \(bind: sku.lowercased())").first() else {
            throw SQLProductRepository.noSuchProduct
        }
        return try row.decode(column: "entity_id", as: Int.self)
    }

    static func requireName(_ name: String?) throws {
        guard let name, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CommerceError.invalidInput(message: "The \"%1\" attribute is required. Enter and try again.", parameters: ["Name"])
        }
    }

    static func nextPosition(parentId: Int, on db: any SQLDatabase) async throws -> Int {
        let row = try await db.raw("SELECT MAX(position) AS top FROM catalog_category WHERE parent_id = \(bind: parentId)").first()
        return try ClientArithmetic.adding(row?.decode(column: "top", as: Int?.self) ?? 0, 1, field: "position")
    }

    /// The document keeps only what has no column: sort options, extension and custom attributes.
    static func document(_ category: Category) throws -> String {
        var stored = Category(availableSortBy: category.availableSortBy, extensionAttributes: category.extensionAttributes)
        stored.customAttributes = category.customAttributes?.filter { !["path", "children_count"].contains($0.attributeCode) }
        return try MagentoEncoder().encode(stored).jsonString
    }

    static func event(_ type: String, id: Int, on db: any SQLDatabase, at now: String) async throws {
        try await Outbox.append(
            DomainEvent(type: type, entityType: "category", entityId: String(id), payload: "{\"id\":\(id)}"), on: db, at: now
        )
    }
}
