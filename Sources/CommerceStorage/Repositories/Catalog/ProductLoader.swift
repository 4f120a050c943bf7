import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Builds wire products from `catalog_product` rows: the stored document, the row's columns, the
/// view's own values, category links and the stock item, each fetched once for the whole batch.
struct ProductLoader {
    let engine: DatabaseEngine
    let scope: CatalogScope

    func load(_ rows: [any SQLRow], on db: any SQLDatabase) async throws -> [Product] {
        guard !rows.isEmpty else { return [] }
        let ids = try rows.map { try $0.decode(column: "entity_id", as: Int.self) }
        let idList = SQLGroupExpression(SQLList(ids.map { SQLLiteral.numeric(String($0)) }))

        var overrides: [Int: [(String, String?)]] = [:]
        if scope.storeId != 0 {
            for row in try await db.raw("""
                SELECT product_id, attribute_code, value FROM catalog_product_value
                WHERE store_id = \(bind: scope.storeId) AND product_id IN \(idList)
                """).all() {
                overrides[try row.decode(column: "product_id", as: Int.self), default: []].append(
                    (try row.decode(column: "attribute_code", as: String.self), try row.decode(column: "value", as: String?.self))
                )
            }
        }
        var links: [Int: [CategoryLink]] = [:]
        for row in try await db.raw("""
            SELECT product_id, category_id, position FROM catalog_category_product WHERE product_id IN \(idList)
            ORDER BY product_id, category_id
            """).all() {
            links[try row.decode(column: "product_id", as: Int.self), default: []].append(
                CategoryLink(position: try row.decode(column: "position", as: Int.self), categoryId: String(try row.decode(column: "category_id", as: Int.self)))
            )
        }
        var stock: [Int: StockItem] = [:]
        for row in try await db.raw("SELECT * FROM catalog_stock_item WHERE product_id IN \(idList)").all() {
            let item = try StockItemRows.item(from: row, engine: engine)
            stock[item.productId ?? 0] = item
        }
        return try rows.map { row in
            let id = try row.decode(column: "entity_id", as: Int.self)
            return try product(from: row, id: id, overrides: overrides[id] ?? [], links: links[id] ?? [], stock: stock[id])
        }
    }

    private func product(
        from row: any SQLRow, id: Int, overrides: [(String, String?)], links: [CategoryLink], stock: StockItem?
    ) throws -> Product {
        var product = try ProductDocument.decode(try row.decode(column: "document", as: String.self))
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
        for (code, value) in overrides {
            switch code {
            case "name": product.name = value
            case "status": product.status = value.flatMap { Int($0) } ?? product.status
            case "visibility": product.visibility = value.flatMap { Int($0) } ?? product.visibility
            default: product.setCustomAttribute(code, value.map(JSONValue.string) ?? .null)
            }
        }
        // Magento always sends these four lists, empty or not.
        product.productLinks = product.productLinks ?? []
        product.options = product.options ?? []
        product.mediaGalleryEntries = product.mediaGalleryEntries ?? []
        product.tierPrices = product.tierPrices ?? []
        var extensions = product.extensionAttributes ?? ProductExtensionAttributes()
        extensions.categoryLinks = links.isEmpty ? nil : links
        extensions.stockItem = stock
        product.extensionAttributes = extensions
        if !links.isEmpty {
            product.setCustomAttribute("category_ids", .array(links.map { .string($0.categoryId ?? "") }))
        }
        return product
    }
}

extension Product {
    /// Replaces the value of `code` in `custom_attributes`, appending it when absent.
    mutating func setCustomAttribute(_ code: String, _ value: JSONValue) {
        var attributes = customAttributes ?? []
        if let index = attributes.firstIndex(where: { $0.attributeCode == code }) {
            attributes[index].value = value
        } else {
            attributes.append(CustomAttribute(attributeCode: code, value: value))
        }
        customAttributes = attributes
    }

    func customAttribute(_ code: String) -> JSONValue? {
        customAttributes?.first { $0.attributeCode == code }?.value
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
        stored.customAttributes = stored.customAttributes?.filter { $0.attributeCode != "category_ids" }
        return try MagentoEncoder().encode(stored).jsonString
    }

    static func decode(_ text: String) throws -> Product {
        try MagentoDecoder().decode(Product.self, from: try JSONValue.parse(text))
    }
}
