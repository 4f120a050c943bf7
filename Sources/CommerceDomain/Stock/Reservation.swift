import Foundation

/// One row of MSI's reservation ledger: quantity held (negative) or released (positive) for a
/// SKU on a stock, with the event that caused it. Salable quantity sums these rows.
public struct Reservation: Sendable, Equatable {
    public var stockId: Int
    public var sku: String
    public var quantity: Decimal
    public var metadata: ReservationMetadata

    public init(stockId: Int, sku: String, quantity: Decimal, metadata: ReservationMetadata) {
        self.stockId = stockId
        self.sku = sku
        self.quantity = quantity
        self.metadata = metadata
    }
}

/// What MSI stores in `inventory_reservation.metadata`: the event and the object it concerns.
public struct ReservationMetadata: Sendable, Equatable {
    public static let orderPlaced = "order_placed"
    public static let shipmentCreated = "shipment_created"
    public static let orderCanceled = "order_canceled"
    public static let creditmemoCreated = "creditmemo_created"

    public var eventType: String
    public var objectType: String
    public var objectId: String
    public var objectIncrementId: String

    public init(eventType: String, objectType: String = "order", objectId: String, objectIncrementId: String) {
        self.eventType = eventType
        self.objectType = objectType
        self.objectId = objectId
        self.objectIncrementId = objectIncrementId
    }

    /// MSI's JSON, keys in MSI's order (a keyed encoder would sort or shuffle them).
    public var json: String {
        func quoted(_ text: String) -> String {
            let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
            return String(decoding: data, as: UTF8.self)
        }
        return "{\"event_type\":\(quoted(eventType)),\"object_type\":\(quoted(objectType)),"
            + "\"object_id\":\(quoted(objectId)),\"object_increment_id\":\(quoted(objectIncrementId))}"
    }
}
