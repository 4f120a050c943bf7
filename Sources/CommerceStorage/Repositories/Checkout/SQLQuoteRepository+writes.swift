import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Changing a cart: details, lines and its owner.
extension SQLQuoteRepository {
    public func updateQuote(id: Int, _ change: @escaping @Sendable (inout Quote) throws -> Void) async throws -> Quote {
        let now = self.now
        return try await provider.transaction { db in
            var quote = try await QuoteRows.load(id: id, on: db, forUpdate: true)
            guard quote.isActive else { throw CheckoutMessages.noSuchCart(String(id)) }
            try change(&quote)
            return try await QuoteRows.write(quote, now: now, on: db)
        }
    }

    public func saveItem(quoteId: Int, itemId: Int?, line new: QuoteItem, adds: Bool) async throws -> SavedQuoteLine {
        let now = self.now
        return try await provider.transaction { db in
            let engine = DatabaseEngine(dialectOf: db)
            var quote = try await QuoteRows.load(id: quoteId, on: db, forUpdate: true)
            guard quote.isActive else { throw CheckoutMessages.noSuchCart(String(quoteId)) }
            let line = itemId.flatMap(quote.item)
                ?? quote.items.first { $0.sku.lowercased() == new.sku.lowercased() && $0.hasSameCustomOptions(as: new) }
            let id: Int
            if let line {
                let newQty = adds ? line.qty + new.qty : new.qty
                try await db.raw("""
                    UPDATE quote_item SET qty = \(bind: try ExactDecimal.storable(newQty, engine: engine, field: "qty")) WHERE item_id = \(bind: line.itemId)
                    """).run()
                id = line.itemId
                if let index = quote.items.firstIndex(where: { $0.itemId == id }) { quote.items[index].qty = newQty }
            } else {
                let row = try await db.raw("""
                    INSERT INTO quote_item (quote_id, sku, qty, parent_sku, product_option, created_at)
                    VALUES (\(bind: quoteId), \(bind: new.sku), \(bind: try ExactDecimal.storable(new.qty, engine: engine, field: "qty")), \(bind: new.parentSku),
                        \(bind: new.productOption?.jsonString), \(bind: now)) RETURNING item_id
                    """).first()
                id = try row?.decode(column: "item_id", as: Int.self) ?? 0
                quote.items.append(QuoteItem(itemId: id, sku: new.sku, qty: new.qty, parentSku: new.parentSku, productOption: new.productOption))
            }
            try await QuoteRows.touch(quoteId, now: now, on: db)
            // The lines as this transaction wrote them: the caller answers from here, not from a
            // later read (issue 16, 5).
            quote.updatedAt = now
            return SavedQuoteLine(itemId: id, quote: quote)
        }
    }

    public func deleteItem(quoteId: Int, itemId: Int) async throws {
        let now = self.now
        try await provider.transaction { db in
            try await db.raw("DELETE FROM quote_item WHERE quote_id = \(bind: quoteId) AND item_id = \(bind: itemId)").run()
            try await QuoteRows.touch(quoteId, now: now, on: db)
        }
    }

    public func assignCustomer(quoteId: Int, customerId: Int, storeId: Int) async throws {
        let now = self.now
        try await provider.transaction { db in
            var quote = try await QuoteRows.load(id: quoteId, on: db, forUpdate: true)
            if let previous = try await Self.activeQuoteId(customerId: customerId, on: db), previous != quoteId {
                // The customer's earlier cart merges into this one, as Magento merges carts at login.
                try await Self.moveLines(from: previous, into: quote, now: now, on: db)
            }
            quote.customerId = customerId
            quote.storeId = storeId
            quote.items = try await QuoteRows.items(quoteId: quoteId, on: db)
            _ = try await QuoteRows.write(quote, now: now, on: db)
        }
    }

    public func mergeQuote(sourceId: Int, into destinationId: Int) async throws {
        let now = self.now
        try await provider.transaction { db in
            var quote = try await QuoteRows.load(id: destinationId, on: db, forUpdate: true)
            try await Self.moveLines(from: sourceId, into: quote, now: now, on: db)
            quote.items = try await QuoteRows.items(quoteId: destinationId, on: db)
            _ = try await QuoteRows.write(quote, now: now, on: db)
        }
    }

    /// Moves `source`'s lines into `quote` (a line with the same SKU grows) and closes `source`.
    static func moveLines(from source: Int, into quote: Quote, now: String, on db: any SQLDatabase) async throws {
        let engine = DatabaseEngine(dialectOf: db)
        for line in try await QuoteRows.items(quoteId: source, on: db) {
            if let mine = quote.items.first(where: { $0.sku.lowercased() == line.sku.lowercased() }) {
                try await db.raw("""
                    UPDATE quote_item SET qty = \(bind: try ExactDecimal.storable(mine.qty + line.qty, engine: engine, field: "qty")) WHERE item_id = \(bind: mine.itemId)
                    """).run()
            } else {
                try await db.raw("UPDATE quote_item SET quote_id = \(bind: quote.id) WHERE item_id = \(bind: line.itemId)").run()
            }
        }
        try await db.raw("UPDATE quote SET is_active = 0, updated_at = \(bind: now) WHERE entity_id = \(bind: source)").run()
    }
}
