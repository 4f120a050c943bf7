/// `sales-data-order-address-interface`: a billing or shipping address of an order.
///
/// Every field is optional: requests send parts, and nil fields are left out of responses.
public struct OrderAddress: Codable, Sendable, Equatable {
    public var entityId: Int?
    public var parentId: Int?
    public var addressType: String?
    public var firstname: String?
    public var middlename: String?
    public var lastname: String?
    public var company: String?
    public var street: [String]?
    public var city: String?
    public var region: String?
    public var regionCode: String?
    public var regionId: Int?
    public var postcode: String?
    public var countryId: String?
    public var telephone: String?
    public var email: String?
    public var customerAddressId: Int?
    public var customerId: Int?
    public var vatId: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case entityId = "entity_id"
        case parentId = "parent_id"
        case addressType = "address_type"
        case firstname
        case middlename
        case lastname
        case company
        case street
        case city
        case region
        case regionCode = "region_code"
        case regionId = "region_id"
        case postcode
        case countryId = "country_id"
        case telephone
        case email
        case customerAddressId = "customer_address_id"
        case customerId = "customer_id"
        case vatId = "vat_id"
    }
}
