import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Builds wire products from `catalog_product` rows: the stored document, the row's columns, the
/// view's own values, category links and the stock item.
///
/// Everything comes back in one statement (`select` below): each extra query is another hop to
/// the database thread, and at catalog read rates those hops, not the SQL, are the cost.
struct ProductLoader {
    let engine: DatabaseEngine
    let scope: CatalogScope

    static let documents = DecodedDocumentCache<Product>()
    static let stockSettings = SharedDocumentCache<StockItem>()

    /// The select list and FROM clause that make a row loadable by `products(from:)`.
    var selection: any SQLExpression {
        let overrides: String
        let links = Self.categoryLinks(engine)
        switch engine {
        case .sqlite:
            overrides = """
                (SELECT json_group_array(json_array(v.attribute_code, v.value)) FROM catalog_product_value v
                 WHERE v.product_id = catalog_product.entity_id AND v.store_id = \(scope.storeId))
                """
        case .postgres:
            overrides = """
                (SELECT json_agg(json_build_array(v.attribute_code, v.value))::text FROM catalog_product_value v
                 WHERE v.product_id = catalog_product.entity_id AND v.store_id = \(scope.storeId))
                """
        }
        let ownValues = scope.storeId == 0 ? "NULL" : overrides
        return SQLRaw("""
            catalog_product.*, s.item_id AS stock_item_id, s.qty AS stock_qty, s.is_in_stock AS stock_in_stock,
            s.low_stock_date AS stock_low_date, s.settings AS stock_settings,
            \(ownValues) AS own_values, \(links) AS category_links
            """)
    }

    /// A product's category links as JSON text, `[[category id, position], …]` by category id.
    static func categoryLinks(_ engine: DatabaseEngine) -> String {
        switch engine {
        case .sqlite:
            """
            (SELECT json_group_array(json_array(l.category_id, l.position)) FROM
             (SELECT category_id, position FROM catalog_category_product c WHERE c.product_id = catalog_product.entity_id
              ORDER BY category_id) l)
            """
        case .postgres:
            """
            (SELECT json_agg(json_build_array(c.category_id, c.position) ORDER BY c.category_id)::text
             FROM catalog_category_product c WHERE c.product_id = catalog_product.entity_id)
            """
        }
    }

    static let source = SQLRaw("catalog_product LEFT JOIN catalog_stock_item s ON s.product_id = catalog_product.entity_id")

    /// Loads the products matching `condition` (a WHERE clause on `catalog_product`), in id order.
    func load(where condition: any SQLExpression, on db: any SQLDatabase) async throws -> [Product] {
        let rows = try await db.raw("""
            SELECT \(selection) FROM \(Self.source) WHERE \(condition) ORDER BY catalog_product.entity_id
            """).all()
        return try await withBundleOptions(try products(from: rows), on: db)
    }

    func load(sku: String, on db: any SQLDatabase) async throws -> Product? {
        try await load(where: SQLQueryString("catalog_product.sku_key = \(bind: sku.lowercased())"), on: db).first
    }

    /// Products from rows selected with `selection` from `source`.
    func products(from rows: [any SQLRow]) throws -> [Product] {
        try parts(from: rows).map { Self.assemble($0.base, overrides: $0.overrides) }
    }

    /// A product's default-scope form (with its links and stock) and the view's own values, kept
    /// apart so a save can merge into the defaults and still answer in the view.
    struct Parts: Sendable {
        var base: Product
        var overrides: [(String, String?)]
    }

    func loadParts(sku: String, on db: any SQLDatabase) async throws -> Parts? {
        let rows = try await db.raw("""
            SELECT \(selection) FROM \(Self.source) WHERE catalog_product.sku_key = \(bind: sku.lowercased())
            """).all()
        return try parts(from: rows).first
    }

    func parts(from rows: [any SQLRow]) throws -> [Parts] {
        try rows.map { row in
            let id = try row.decode(column: "entity_id", as: Int.self)
            let links = try Self.pairs(row, "category_links").map {
                CategoryLink(position: Int($0.1.stringText ?? "") ?? 0, categoryId: $0.0)
            }
            var base = try product(from: row, id: id)
            Self.attach(links: links, stock: try stockItem(from: row, productId: id), to: &base)
            return Parts(base: base, overrides: try Self.pairs(row, "own_values").map { ($0.0, $0.1.stringText) })
        }
    }

    /// Sets the category links (and the `category_ids` attribute Magento derives from them) and the stock item.
    static func attach(links: [CategoryLink], stock: StockItem?, to product: inout Product) {
        var extensions = product.extensionAttributes ?? ProductExtensionAttributes()
        extensions.categoryLinks = links.isEmpty ? nil : links
        extensions.stockItem = stock
        product.extensionAttributes = extensions
        if links.isEmpty {
            product.customAttributes?.removeAll { $0.attributeCode == "category_ids" }
        } else {
            product.setCustomAttribute("category_ids", .array(links.map { .string($0.categoryId ?? "") }))
        }
    }

    /// The product as the view sees it: its own values over the defaults.
    static func assemble(_ base: Product, overrides: [(String, String?)]) -> Product {
        var product = base
        // Magento always sends these four lists, empty or not.
        product.productLinks = product.productLinks ?? []
        product.options = product.options ?? []
        product.mediaGalleryEntries = product.mediaGalleryEntries ?? []
        product.tierPrices = product.tierPrices ?? []
        for (code, value) in overrides {
            switch code {
            case "name": product.name = value
            case "status": product.status = value.flatMap { Int($0) } ?? product.status
            case "visibility": product.visibility = value.flatMap { Int($0) } ?? product.visibility
            default: product.setCustomAttribute(code, value.map(JSONValue.string) ?? .null)
            }
        }
        return product
    }

    /// A JSON list of two-element lists, as the aggregates produce it; empty for NULL.
    static func pairs(_ row: any SQLRow, _ column: String) throws -> [(String, JSONValue)] {
        guard let text = try row.decode(column: column, as: String?.self), case .array(let items) = try JSONValue.parse(text) else {
            return []
        }
        return items.compactMap { item in
            guard case .array(let pair) = item, pair.count == 2, let key = pair[0].stringText else { return nil }
            return (key, pair[1])
        }
    }

    func stockItem(from row: any SQLRow, productId: Int) throws -> StockItem? {
        guard let settings = try row.decode(column: "stock_settings", as: String?.self) else { return nil }
        var item = try Self.stockSettings.value(text: settings) { text in
            try MagentoDecoder().decode(StockItem.self, from: try JSONValue.parse(text))
        }
        item.itemId = try row.decode(column: "stock_item_id", as: Int.self)
        item.productId = productId
        item.stockId = 1
        item.qty = try row.decodeNil(column: "stock_qty") ? nil : try ExactDecimal.decode(row, column: "stock_qty", engine: engine)
        item.isInStock = try row.decode(column: "stock_in_stock", as: Int.self) == 1
        item.lowStockDate = try row.decode(column: "stock_low_date", as: String?.self)
        return item
    }

    /// The default-scope product from the row's document and columns.
    private func product(from row: any SQLRow, id: Int) throws -> Product {
        var product = try Self.documents.value(id: id, text: try row.decode(column: "document", as: String.self)) { text in
            try ProductDocument.decode(text)
        }
        product.id = id
        product.sku = try row.decode(column: "sku", as: String.self)
        product.name = try row.decode(column: "name", as: String?.self)
        product.attributeSetId = try row.decode(column: "attribute_set_id", as: Int.self)
        product.price = try row.decodeNil(column: "price") ? nil : try ExactDecimal.decode(row, column: "price", engine: engine)
        product.status = try row.decode(column: "status", as: Int.self)
        product.visibility = try row.decode(column: "visibility", as: Int.self)
        product.typeId = try row.decode(column: "type_id", as: String.self)
        product.createdAt = try row.decode(column: "created_at", as: String.self)
        product.updatedAt = try row.decode(column: "updated_at", as: String.self)
        product.weight = try row.decodeNil(column: "weight") ? nil : try ExactDecimal.decode(row, column: "weight", engine: engine)
        return product
    }
}

extension JSONValue {
    /// A scalar as text (numbers in their JSON spelling); nil for null, lists and objects.
    var stringText: String? {
        switch self {
        case .string(let text): text
        case .number(let text): text
        case .bool(let flag): flag ? "1" : "0"
        default: nil
        }
    }
}

/// What `catalog_product.document` holds: the product's default-scope wire form minus the fields
/// kept in columns, category links and stock.
enum ProductDocument {
    static func encode(_ product: Product) throws -> String {
        var stored = product
        stored.id = nil
        stored.sku = nil
        stored.name = nil
        stored.attributeSetId = nil
        stored.price = nil
        stored.status = nil
        stored.visibility = nil
        stored.typeId = nil
        stored.createdAt = nil
        stored.updatedAt = nil
        stored.weight = nil
        stored.extensionAttributes?.stockItem = nil
        stored.extensionAttributes?.categoryLinks = nil
        // Bundle options live in their own rows (`Migration.bundleOptions`).
        stored.extensionAttributes?.bundleProductOptions = nil
        stored.customAttributes = stored.customAttributes?.filter { $0.attributeCode != "category_ids" }
        return try MagentoEncoder().encode(stored).jsonString
    }

    static func decode(_ text: String) throws -> Product {
        try MagentoDecoder().decode(Product.self, from: try JSONValue.parse(text))
    }
}
