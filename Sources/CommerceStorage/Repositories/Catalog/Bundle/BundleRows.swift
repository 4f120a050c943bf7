import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Reads and writes `catalog_bundle_option` and `catalog_bundle_selection` rows inside a
/// caller's transaction (see `Migration.bundleOptions`).
struct BundleRows {
    let engine: DatabaseEngine

    /// The options of each bundle in `parents` (id → SKU) with their links as stored (prices
    /// included whatever the price type), by position then id.
    func options(parents: [Int: String], on db: any SQLDatabase) async throws -> [Int: [BundleOption]] {
        guard !parents.isEmpty else { return [:] }
        let ids = SQLList(parents.keys.sorted().map { SQLBind($0) })
        var links: [Int: [BundleLink]] = [:]
        for row in try await db.raw("""
            SELECT s.*, p.sku AS child_sku FROM catalog_bundle_selection s JOIN catalog_product p ON p.entity_id = s.product_id
            WHERE s.parent_product_id IN (\(ids)) ORDER BY s.position, s.selection_id
            """).all() {
            let link = try self.link(from: row)
            links[link.optionId ?? 0, default: []].append(link)
        }
        var result: [Int: [BundleOption]] = [:]
        for row in try await db.raw("""
            SELECT * FROM catalog_bundle_option WHERE parent_id IN (\(ids)) ORDER BY position, option_id
            """).all() {
            let id = try row.decode(column: "option_id", as: Int.self)
            let parentId = try row.decode(column: "parent_id", as: Int.self)
            result[parentId, default: []].append(BundleOption(
                optionId: id, title: try row.decode(column: "title", as: String.self),
                required: try row.decode(column: "required", as: Int.self) == 1, type: try row.decode(column: "type", as: String.self),
                position: try row.decode(column: "position", as: Int.self), sku: parents[parentId], productLinks: links[id] ?? []
            ))
        }
        return result
    }

    func link(from row: any SQLRow) throws -> BundleLink {
        BundleLink(
            id: String(try row.decode(column: "selection_id", as: Int.self)), sku: try row.decode(column: "child_sku", as: String.self),
            optionId: try row.decode(column: "option_id", as: Int.self), qty: try ExactDecimal.decode(row, column: "qty", engine: engine),
            position: try row.decode(column: "position", as: Int.self), isDefault: try row.decode(column: "is_default", as: Int.self) == 1,
            price: try ExactDecimal.decode(row, column: "price", engine: engine), priceType: try row.decode(column: "price_type", as: Int.self),
            canChangeQuantity: try row.decode(column: "can_change_qty", as: Int.self)
        )
    }

    // MARK: Options

    func insertOption(_ option: BundleOption, parentId: Int, on db: any SQLDatabase) async throws -> Int {
        let row = try await db.raw("""
            INSERT INTO catalog_bundle_option (parent_id, title, required, type, position)
            VALUES (\(bind: parentId), \(bind: option.title ?? ""), \(bind: option.required == true ? 1 : 0),
                \(bind: option.type ?? "select"), \(bind: option.position ?? 0))
            RETURNING option_id
            """).first()
        return try row?.decode(column: "option_id", as: Int.self) ?? 0
    }

    /// Writes the sent fields over the stored option; links are handled apart.
    func updateOption(_ option: BundleOption, over stored: BundleOption, on db: any SQLDatabase) async throws {
        try await db.raw("""
            UPDATE catalog_bundle_option SET title = \(bind: option.title ?? stored.title ?? ""),
                required = \(bind: (option.required ?? stored.required ?? false) ? 1 : 0), type = \(bind: option.type ?? stored.type ?? "select"),
                position = \(bind: option.position ?? stored.position ?? 0)
            WHERE option_id = \(bind: stored.optionId ?? 0)
            """).run()
    }

    func deleteOption(_ optionId: Int, on db: any SQLDatabase) async throws {
        try await db.raw("DELETE FROM catalog_bundle_option WHERE option_id = \(bind: optionId)").run()
    }

    // MARK: Selections

    func insertSelection(_ link: BundleLink, optionId: Int, parentId: Int, childId: Int, on db: any SQLDatabase) async throws -> Int {
        let row = try await db.raw("""
            INSERT INTO catalog_bundle_selection (option_id, parent_product_id, product_id, position, is_default, price_type, price, qty, can_change_qty)
            VALUES (\(bind: optionId), \(bind: parentId), \(bind: childId), \(bind: link.position ?? 0), \(bind: link.isDefault == true ? 1 : 0),
                \(bind: link.priceType ?? 0), \(try decimal(link.price ?? 0, "price")), \(try decimal(link.qty ?? 1, "qty")),
                \(bind: link.canChangeQuantity ?? 0))
            RETURNING selection_id
            """).first()
        return try row?.decode(column: "selection_id", as: Int.self) ?? 0
    }

    /// Writes the sent fields over the stored selection, pointing it at `childId`.
    func updateSelection(_ link: BundleLink, over stored: BundleLink, childId: Int, on db: any SQLDatabase) async throws {
        try await db.raw("""
            UPDATE catalog_bundle_selection SET product_id = \(bind: childId), option_id = \(bind: link.optionId ?? stored.optionId ?? 0),
                position = \(bind: link.position ?? stored.position ?? 0), is_default = \(bind: (link.isDefault ?? stored.isDefault ?? false) ? 1 : 0),
                price_type = \(bind: link.priceType ?? stored.priceType ?? 0), price = \(try decimal(link.price ?? stored.price ?? 0, "price")),
                qty = \(try decimal(link.qty ?? stored.qty ?? 1, "qty")),
                can_change_qty = \(bind: link.canChangeQuantity ?? stored.canChangeQuantity ?? 0)
            WHERE selection_id = \(bind: Int(stored.id ?? "") ?? 0)
            """).run()
    }

    /// Selection `id` of the bundle `parentId` (nil when it is another bundle's).
    func selection(id: Int, parentId: Int, on db: any SQLDatabase) async throws -> BundleLink? {
        try await db.raw("""
            SELECT s.*, p.sku AS child_sku FROM catalog_bundle_selection s JOIN catalog_product p ON p.entity_id = s.product_id
            WHERE s.selection_id = \(bind: id) AND s.parent_product_id = \(bind: parentId)
            """).first().map(link(from:))
    }

    func deleteSelections(_ ids: [Int], on db: any SQLDatabase) async throws {
        guard !ids.isEmpty else { return }
        try await db.raw("DELETE FROM catalog_bundle_selection WHERE selection_id IN (\(SQLList(ids.map { SQLBind($0) })))").run()
    }

    private func decimal(_ value: Decimal, _ field: String) throws -> SQLBind {
        SQLBind(try ExactDecimal.storable(value, engine: engine, field: field))
    }
}
