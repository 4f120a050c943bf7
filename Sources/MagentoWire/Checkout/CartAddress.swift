import Foundation

/// `quote-data-address-interface`: a billing or shipping address of a cart. `region` is a plain
/// string here, unlike a customer address.
public struct CartAddress: Codable, Sendable, Equatable {
    public var id: Int?
    public var region: String?
    public var regionId: Int?
    public var regionCode: String?
    public var countryId: String?
    public var street: [String]?
    public var company: String?
    public var telephone: String?
    public var fax: String?
    public var postcode: String?
    public var city: String?
    public var firstname: String?
    public var lastname: String?
    public var middlename: String?
    public var prefix: String?
    public var suffix: String?
    public var vatId: String?
    public var customerId: Int?
    public var email: String?
    public var sameAsBilling: Int?
    public var customerAddressId: Int?
    public var saveInAddressBook: Int?
    public var extensionAttributes: JSONValue?
    public var customAttributes: JSONValue?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case id, region
        case regionId = "region_id"
        case regionCode = "region_code"
        case countryId = "country_id"
        case street, company, telephone, fax, postcode, city, firstname, lastname, middlename, prefix, suffix
        case vatId = "vat_id"
        case customerId = "customer_id"
        case email
        case sameAsBilling = "same_as_billing"
        case customerAddressId = "customer_address_id"
        case saveInAddressBook = "save_in_address_book"
        case extensionAttributes = "extension_attributes"
        case customAttributes = "custom_attributes"
    }
}
