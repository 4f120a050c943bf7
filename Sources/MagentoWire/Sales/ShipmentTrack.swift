import Foundation

/// `sales-data-shipment-track-interface`: a tracking number of a shipment.
///
/// Every field is optional: requests send parts, and nil fields are left out of responses.
public struct ShipmentTrack: Codable, Sendable, Equatable {
    public var entityId: Int?
    public var parentId: Int?
    public var orderId: Int?
    public var trackNumber: String?
    public var title: String?
    public var carrierCode: String?
    public var qty: Decimal?
    public var weight: Decimal?
    public var description: String?
    public var createdAt: String?
    public var updatedAt: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case entityId = "entity_id"
        case parentId = "parent_id"
        case orderId = "order_id"
        case trackNumber = "track_number"
        case title
        case carrierCode = "carrier_code"
        case qty
        case weight
        case description
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
