import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Inserting invoices, shipments (with tracks) and credit memos inside a transition.
enum SalesDocumentRows {
    static func insert(_ invoice: Invoice, now: String, on db: any SQLDatabase) async throws -> Invoice {
        var invoice = invoice
        let storeId = invoice.storeId ?? 1
        invoice.incrementId = try await SalesSequence.incrementId("invoice", storeId: storeId, on: db)
        let engine = DatabaseEngine(dialectOf: db)
        let row = try await db.raw("""
            INSERT INTO sales_invoice (order_id, increment_id, store_id, state, grand_total, created_at, updated_at, document)
            VALUES (\(bind: invoice.orderId ?? 0), \(bind: invoice.incrementId ?? ""), \(bind: storeId), \(bind: invoice.state ?? 2),
                \(bind: try ExactDecimal.storable(invoice.grandTotal ?? 0, engine: engine, field: "grand_total")), \(bind: now), \(bind: now), '{}')
            RETURNING entity_id
            """).first()
        let id = try row?.decode(column: "entity_id", as: Int.self) ?? 0
        invoice.entityId = id
        invoice.items = try await numbered(invoice.items ?? [], parent: id, on: db) { $0.entityId = $1; $0.parentId = $2 }
        try await db.raw("UPDATE sales_invoice SET document = \(bind: try SalesDocumentCoding.encode(invoice)) WHERE entity_id = \(bind: id)").run()
        return invoice
    }

    static func insert(_ shipment: Shipment, now: String, on db: any SQLDatabase) async throws -> Shipment {
        var shipment = shipment
        let storeId = shipment.storeId ?? 1
        shipment.incrementId = try await SalesSequence.incrementId("shipment", storeId: storeId, on: db)
        let row = try await db.raw("""
            INSERT INTO sales_shipment (order_id, increment_id, store_id, created_at, updated_at, document)
            VALUES (\(bind: shipment.orderId ?? 0), \(bind: shipment.incrementId ?? ""), \(bind: storeId), \(bind: now), \(bind: now), '{}')
            RETURNING entity_id
            """).first()
        let id = try row?.decode(column: "entity_id", as: Int.self) ?? 0
        shipment.entityId = id
        shipment.items = try await numbered(shipment.items ?? [], parent: id, on: db) { $0.entityId = $1; $0.parentId = $2 }
        var tracks: [ShipmentTrack] = []
        for track in shipment.tracks ?? [] {
            tracks.append(try await insert(track, shipmentId: id, now: now, on: db))
        }
        var document = shipment
        document.tracks = nil
        try await db.raw("UPDATE sales_shipment SET document = \(bind: try SalesDocumentCoding.encode(document)) WHERE entity_id = \(bind: id)").run()
        shipment.tracks = tracks
        return shipment
    }

    static func insert(_ track: ShipmentTrack, shipmentId: Int, now: String, on db: any SQLDatabase) async throws -> ShipmentTrack {
        var track = track
        track.parentId = shipmentId
        track.createdAt = track.createdAt ?? now
        track.updatedAt = now
        let row = try await db.raw("""
            INSERT INTO sales_shipment_track (parent_id, order_id, track_number, created_at, document)
            VALUES (\(bind: shipmentId), \(bind: track.orderId ?? 0), \(bind: track.trackNumber ?? ""), \(bind: now),
                \(bind: try SalesDocumentCoding.encode(track)))
            RETURNING entity_id
            """).first()
        track.entityId = try row?.decode(column: "entity_id", as: Int.self)
        return track
    }

    static func tracks(shipmentId: Int, on db: any SQLDatabase) async throws -> [ShipmentTrack] {
        try await db.raw("SELECT entity_id, document FROM sales_shipment_track WHERE parent_id = \(bind: shipmentId) ORDER BY entity_id")
            .all().map { row in
                var track = try SalesDocumentCoding.decode(ShipmentTrack.self, from: row)
                track.entityId = try row.decode(column: "entity_id", as: Int.self)
                return track
            }
    }

    static func insert(_ memo: Creditmemo, now: String, on db: any SQLDatabase) async throws -> Creditmemo {
        var memo = memo
        let storeId = memo.storeId ?? 1
        memo.incrementId = try await SalesSequence.incrementId("creditmemo", storeId: storeId, on: db)
        let engine = DatabaseEngine(dialectOf: db)
        let row = try await db.raw("""
            INSERT INTO sales_creditmemo (order_id, invoice_id, increment_id, store_id, state, grand_total, created_at, updated_at, document)
            VALUES (\(bind: memo.orderId ?? 0), \(bind: memo.invoiceId), \(bind: memo.incrementId ?? ""), \(bind: storeId), \(bind: memo.state ?? 2),
                \(bind: try ExactDecimal.storable(memo.grandTotal ?? 0, engine: engine, field: "grand_total")), \(bind: now), \(bind: now), '{}')
            RETURNING entity_id
            """).first()
        let id = try row?.decode(column: "entity_id", as: Int.self) ?? 0
        memo.entityId = id
        memo.items = try await numbered(memo.items ?? [], parent: id, on: db) { $0.entityId = $1; $0.parentId = $2 }
        try await db.raw("UPDATE sales_creditmemo SET document = \(bind: try SalesDocumentCoding.encode(memo)) WHERE entity_id = \(bind: id)").run()
        return memo
    }

    /// Document rows get ids from one sequence per document kind.
    private static func numbered<Item>(
        _ items: [Item], parent: Int, on db: any SQLDatabase, assign: (inout Item, Int, Int) -> Void
    ) async throws -> [Item] {
        var result: [Item] = []
        for var item in items {
            assign(&item, try await SalesSequence.next("\(Item.self)", storeId: 0, on: db), parent)
            result.append(item)
        }
        return result
    }
}
