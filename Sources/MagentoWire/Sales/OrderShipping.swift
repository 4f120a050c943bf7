/// `sales-data-shipping-interface`: the shipping address, method and totals of an assignment.
///
/// Every field is optional: requests send parts, and nil fields are left out of responses.
public struct OrderShipping: Codable, Sendable, Equatable {
    public var address: OrderAddress?
    public var method: String?
    public var total: JSONObject?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case address
        case method
        case total
    }
}
