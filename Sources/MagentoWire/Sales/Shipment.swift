import Foundation

/// `sales-data-shipment-interface`: a shipment with its rows, tracks and comments.
///
/// Every field is optional: requests send parts, and nil fields are left out of responses.
public struct Shipment: Codable, Sendable, Equatable {
    public var entityId: Int?
    public var orderId: Int?
    public var incrementId: String?
    public var storeId: Int?
    public var customerId: Int?
    public var totalQty: Decimal?
    public var totalWeight: Decimal?
    public var shipmentStatus: Int?
    public var emailSent: Int?
    public var shippingAddressId: Int?
    public var billingAddressId: Int?
    public var packages: [JSONValue]?
    public var createdAt: String?
    public var updatedAt: String?
    public var items: [ShipmentItem]?
    public var tracks: [ShipmentTrack]?
    public var comments: [SalesComment]?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case entityId = "entity_id"
        case orderId = "order_id"
        case incrementId = "increment_id"
        case storeId = "store_id"
        case customerId = "customer_id"
        case totalQty = "total_qty"
        case totalWeight = "total_weight"
        case shipmentStatus = "shipment_status"
        case emailSent = "email_sent"
        case shippingAddressId = "shipping_address_id"
        case billingAddressId = "billing_address_id"
        case packages
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case items
        case tracks
        case comments
    }
}
