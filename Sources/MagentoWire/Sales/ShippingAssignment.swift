/// `sales-data-shipping-assignment-interface`: where and how (part of) an order ships.
///
/// Every field is optional: requests send parts, and nil fields are left out of responses.
public struct ShippingAssignment: Codable, Sendable, Equatable {
    public var shipping: OrderShipping?
    public var items: [OrderItem]?
    public var stockId: Int?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case shipping
        case items
        case stockId = "stock_id"
    }
}
