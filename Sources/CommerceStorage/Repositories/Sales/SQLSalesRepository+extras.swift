import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Tracks and document comments added after the fact.
extension SQLSalesRepository {
    static let trackNotSaved = CommerceError.invalidInput(message: "Could not save the shipment tracking.")

    public func addTrack(_ track: ShipmentTrack) async throws -> ShipmentTrack {
        guard let number = track.trackNumber, !number.isEmpty else {
            throw CommerceError.invalidInput(message: SalesMessages.trackNumberMissing)
        }
        guard let shipmentId = track.parentId else { throw Self.trackNotSaved }
        let now = self.now
        return try await provider.transaction { db in
            guard let row = try await db.raw("SELECT order_id FROM sales_shipment WHERE entity_id = \(bind: shipmentId)").first() else {
                throw Self.trackNotSaved
            }
            var track = track
            track.orderId = try row.decode(column: "order_id", as: Int.self)
            track.entityId = nil
            track.createdAt = nil
            let saved = try await SalesDocumentRows.insert(track, shipmentId: shipmentId, now: now, on: db)
            try await Outbox.append(try Self.event("shipment.track_added", entity: "shipment_track", id: saved.entityId, saved), on: db, at: now)
            return saved
        }
    }

    public func deleteTrack(id: Int) async throws {
        let now = self.now
        try await provider.transaction { db in
            guard try await db.raw("SELECT entity_id FROM sales_shipment_track WHERE entity_id = \(bind: id)").first() != nil else {
                throw SalesDocumentCoding.noSuchEntity
            }
            try await db.raw("DELETE FROM sales_shipment_track WHERE entity_id = \(bind: id)").run()
            try await Outbox.append(DomainEvent(type: "shipment.track_deleted", entityType: "shipment_track", entityId: String(id)), on: db, at: now)
        }
    }

    public func addComment(_ comment: SalesComment, to document: SalesMessages.Document) async throws -> SalesComment {
        let (table, kind) = switch document {
        case .invoice: ("sales_invoice", "invoice_comment")
        case .shipment: ("sales_shipment", "shipment_comment")
        case .creditmemo: ("sales_creditmemo", "creditmemo_comment")
        }
        guard let parentId = comment.parentId else {
            throw CommerceError.invalidInputNamed(message: "\"%fieldName\" is required. Enter and try again.", parameters: ["fieldName": "parent_id"])
        }
        let now = self.now
        return try await provider.transaction { db in
            guard let row = try await db.raw("SELECT document FROM \(ident: table) WHERE entity_id = \(bind: parentId)").first() else {
                throw SalesDocumentCoding.noSuchEntity
            }
            var saved = comment
            saved.entityId = try await SalesSequence.next(kind, storeId: 0, on: db)
            saved.createdAt = now
            saved.isCustomerNotified = saved.isCustomerNotified ?? 0
            saved.isVisibleOnFront = saved.isVisibleOnFront ?? 0
            // The comment goes into the document's JSON `comments` list, newest last.
            var document = try JSONValue.parse(try row.decode(column: "document", as: String.self))
            if case .object(var object) = document {
                var comments: [JSONValue] = []
                if case .array(let existing)? = object["comments"] { comments = existing }
                comments.append(try MagentoEncoder().encode(saved))
                object["comments"] = .array(comments)
                document = .object(object)
            }
            try await db.raw("""
                UPDATE \(ident: table) SET document = \(bind: document.jsonString), updated_at = \(bind: now) WHERE entity_id = \(bind: parentId)
                """).run()
            try await Outbox.append(try Self.event("\(kind).created", entity: kind, id: saved.entityId, saved), on: db, at: now)
            return saved
        }
    }
}
