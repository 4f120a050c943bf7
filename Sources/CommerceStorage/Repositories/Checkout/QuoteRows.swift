import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Reading and writing one cart inside a transaction: the `quote` row holds the details
/// document (without addresses), `quote_item` the lines, `quote_address` one row per address type.
enum QuoteRows {
    static func load(id: Int, on db: any SQLDatabase, forUpdate: Bool = false) async throws -> Quote {
        let lock = forUpdate && DatabaseEngine(dialectOf: db) == .postgres ? " FOR UPDATE" : ""
        guard let row = try await db.raw("""
            SELECT entity_id, store_id, customer_id, is_active, created_at, updated_at, document FROM quote
            WHERE entity_id = \(bind: id)\(unsafeRaw: lock)
            """).first() else {
            throw CheckoutMessages.noSuchCart(String(id))
        }
        var quote = try quote(from: row)
        quote.items = try await items(quoteId: id, on: db)
        for address in try await db.raw("SELECT address_id, address_type, document FROM quote_address WHERE quote_id = \(bind: id)").all() {
            var decoded = try decode(CartAddress.self, try address.decode(column: "document", as: String.self))
            decoded.id = try address.decode(column: "address_id", as: Int.self)
            if try address.decode(column: "address_type", as: String.self) == "billing" {
                quote.details.billingAddress = decoded
            } else {
                quote.details.shippingAddress = decoded
            }
        }
        return quote
    }

    /// The row without lines and addresses.
    static func quote(from row: any SQLRow) throws -> Quote {
        Quote(
            id: try row.decode(column: "entity_id", as: Int.self),
            storeId: try row.decode(column: "store_id", as: Int.self),
            customerId: try row.decode(column: "customer_id", as: Int?.self),
            isActive: try row.decode(column: "is_active", as: Int.self) == 1,
            createdAt: try row.decode(column: "created_at", as: String.self),
            updatedAt: try row.decode(column: "updated_at", as: String.self),
            details: try decode(QuoteDetails.self, try row.decode(column: "document", as: String.self))
        )
    }

    static func items(quoteId: Int, on db: any SQLDatabase) async throws -> [QuoteItem] {
        let engine = DatabaseEngine(dialectOf: db)
        return try await db.raw("""
            SELECT item_id, sku, qty, parent_sku, product_option FROM quote_item WHERE quote_id = \(bind: quoteId) ORDER BY item_id
            """).all().map { row in
            QuoteItem(
                itemId: try row.decode(column: "item_id", as: Int.self),
                sku: try row.decode(column: "sku", as: String.self),
                qty: try ExactDecimal.decode(row, column: "qty", engine: engine),
                parentSku: try row.decode(column: "parent_sku", as: String?.self),
                productOption: try row.decode(column: "product_option", as: String?.self).map { try JSONValue.parse(Array($0.utf8)) }
            )
        }
    }

    /// Writes the details and addresses of `quote`; returns it with its address ids.
    static func write(_ quote: Quote, now: String, on db: any SQLDatabase) async throws -> Quote {
        var quote = quote
        var details = quote.details
        details.billingAddress = nil
        details.shippingAddress = nil
        try await db.raw("""
            UPDATE quote SET customer_id = \(bind: quote.customerId), is_active = \(bind: quote.isActive ? 1 : 0),
                store_id = \(bind: quote.storeId), items_count = \(bind: quote.items.count),
                reserved_order_id = \(bind: details.reservedOrderId), updated_at = \(bind: now), document = \(bind: try encode(details))
            WHERE entity_id = \(bind: quote.id)
            """).run()
        quote.updatedAt = now
        quote.details.billingAddress = try await writeAddress(quote.details.billingAddress, type: "billing", quoteId: quote.id, on: db)
        quote.details.shippingAddress = try await writeAddress(quote.details.shippingAddress, type: "shipping", quoteId: quote.id, on: db)
        return quote
    }

    private static func writeAddress(_ address: CartAddress?, type: String, quoteId: Int, on db: any SQLDatabase) async throws -> CartAddress? {
        guard var address else {
            try await db.raw("DELETE FROM quote_address WHERE quote_id = \(bind: quoteId) AND address_type = \(bind: type)").run()
            return nil
        }
        address.id = nil
        let row = try await db.raw("""
            INSERT INTO quote_address (quote_id, address_type, document) VALUES (\(bind: quoteId), \(bind: type), \(bind: try encode(address)))
            ON CONFLICT (quote_id, address_type) DO UPDATE SET document = excluded.document
            RETURNING address_id
            """).first()
        address.id = try row?.decode(column: "address_id", as: Int.self)
        return address
    }

    static func touch(_ quoteId: Int, now: String, on db: any SQLDatabase) async throws {
        try await db.raw("""
            UPDATE quote SET updated_at = \(bind: now),
                items_count = (SELECT COUNT(*) FROM quote_item WHERE quote_id = \(bind: quoteId))
            WHERE entity_id = \(bind: quoteId)
            """).run()
    }

    static func encode<T: Encodable>(_ value: T) throws -> String {
        try MagentoEncoder().encode(value).jsonString
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try MagentoDecoder().decode(T.self, from: try JSONValue.parse(Array(text.utf8)))
    }
}
