import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// The one path every order change takes: load and lock the order, change it, write it back
/// and append the events, in one transaction.
extension SQLSalesRepository {
    func changeOrder<T: Sendable>(
        _ id: Int,
        _ change: @escaping @Sendable (any SQLDatabase, inout Order, String) async throws -> (T, [DomainEvent])
    ) async throws -> T {
        let now = self.now
        return try await provider.transaction { db in
            var order = try await SalesOrderRows.load(id: id, on: db, forUpdate: true)
            let before = order.state
            let (result, events) = try await change(db, &order, now)
            try await SalesOrderRows.update(order, now: now, on: db)
            order.updatedAt = now
            for event in events { try await Outbox.append(event, on: db, at: now) }
            try await Outbox.append(try Self.event("order.updated", order), on: db, at: now)
            if before != order.state {
                try await Outbox.append(try Self.event("order.state_changed", order), on: db, at: now)
            }
            return result
        }
    }

    static func event(_ type: String, _ order: Order) throws -> DomainEvent {
        DomainEvent(type: type, entityType: "order", entityId: String(order.entityId ?? 0), payload: try SalesDocumentCoding.encode(order))
    }

    static func event<T: Encodable>(_ type: String, entity: String, id: Int?, _ document: T) throws -> DomainEvent {
        DomainEvent(type: type, entityType: entity, entityId: String(id ?? 0), payload: try SalesDocumentCoding.encode(document))
    }

    /// A document comment from a request's `comment`, numbered from the kind's sequence.
    static func comment(
        _ request: DocumentCommentCreation?, notify: Bool, kind: String, now: String, on db: any SQLDatabase
    ) async throws -> [SalesComment] {
        guard let text = request?.comment, !text.isEmpty else { return [] }
        var comment = SalesComment()
        comment.entityId = try await SalesSequence.next(kind, storeId: 0, on: db)
        comment.comment = text
        comment.isCustomerNotified = notify ? 1 : 0
        comment.isVisibleOnFront = request?.isVisibleOnFront ?? 0
        comment.createdAt = now
        return [comment]
    }
}
