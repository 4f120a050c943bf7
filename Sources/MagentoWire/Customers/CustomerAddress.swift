/// `customer-data-address-interface`: one address of a customer's address book.
///
/// Every field is optional because input may be partial; nil fields are omitted on output, as
/// Magento omits unset getters. `default_billing` and `default_shipping` are booleans here (on the
/// customer they are address ids as strings).
public struct CustomerAddress: Codable, Sendable, Equatable {
    public var id: Int?
    public var customerId: Int?
    public var region: CustomerRegion?
    public var regionId: Int?
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
    public var defaultShipping: Bool?
    public var defaultBilling: Bool?
    public var extensionAttributes: JSONObject?
    public var customAttributes: [CustomAttribute]?

    public init(
        id: Int? = nil, customerId: Int? = nil, region: CustomerRegion? = nil, regionId: Int? = nil,
        countryId: String? = nil, street: [String]? = nil, company: String? = nil, telephone: String? = nil,
        fax: String? = nil, postcode: String? = nil, city: String? = nil, firstname: String? = nil,
        lastname: String? = nil, middlename: String? = nil, prefix: String? = nil, suffix: String? = nil,
        vatId: String? = nil, defaultShipping: Bool? = nil, defaultBilling: Bool? = nil,
        extensionAttributes: JSONObject? = nil, customAttributes: [CustomAttribute]? = nil
    ) {
        self.id = id
        self.customerId = customerId
        self.region = region
        self.regionId = regionId
        self.countryId = countryId
        self.street = street
        self.company = company
        self.telephone = telephone
        self.fax = fax
        self.postcode = postcode
        self.city = city
        self.firstname = firstname
        self.lastname = lastname
        self.middlename = middlename
        self.prefix = prefix
        self.suffix = suffix
        self.vatId = vatId
        self.defaultShipping = defaultShipping
        self.defaultBilling = defaultBilling
        self.extensionAttributes = extensionAttributes
        self.customAttributes = customAttributes
    }

    enum CodingKeys: String, CodingKey {
        case id
        case customerId = "customer_id"
        case region
        case regionId = "region_id"
        case countryId = "country_id"
        case street, company, telephone, fax, postcode, city, firstname, lastname, middlename, prefix, suffix
        case vatId = "vat_id"
        case defaultShipping = "default_shipping"
        case defaultBilling = "default_billing"
        case extensionAttributes = "extension_attributes"
        case customAttributes = "custom_attributes"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(Int.self, forKey: .id)
        customerId = try container.decodeIfPresent(Int.self, forKey: .customerId)
        region = try container.decodeIfPresent(CustomerRegion.self, forKey: .region)
        regionId = try container.decodeIfPresent(Int.self, forKey: .regionId)
        countryId = try container.decodeIfPresent(String.self, forKey: .countryId)
        street = try container.decodeIfPresent([String].self, forKey: .street)
        company = try container.decodeIfPresent(String.self, forKey: .company)
        telephone = try container.decodeIfPresent(String.self, forKey: .telephone)
        fax = try container.decodeIfPresent(String.self, forKey: .fax)
        postcode = try container.decodeIfPresent(String.self, forKey: .postcode)
        city = try container.decodeIfPresent(String.self, forKey: .city)
        firstname = try container.decodeIfPresent(String.self, forKey: .firstname)
        lastname = try container.decodeIfPresent(String.self, forKey: .lastname)
        middlename = try container.decodeIfPresent(String.self, forKey: .middlename)
        prefix = try container.decodeIfPresent(String.self, forKey: .prefix)
        suffix = try container.decodeIfPresent(String.self, forKey: .suffix)
        vatId = try container.decodeIfPresent(String.self, forKey: .vatId)
        defaultShipping = try container.decodeIfPresent(Bool.self, forKey: .defaultShipping)
        defaultBilling = try container.decodeIfPresent(Bool.self, forKey: .defaultBilling)
        extensionAttributes = try container.decodeIfPresent(JSONObject.self, forKey: .extensionAttributes)
        customAttributes = try container.decodeIfPresent(CustomAttributeList.self, forKey: .customAttributes)?.attributes
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(customerId, forKey: .customerId)
        try container.encodeIfPresent(region, forKey: .region)
        try container.encodeIfPresent(regionId, forKey: .regionId)
        try container.encodeIfPresent(countryId, forKey: .countryId)
        try container.encodeIfPresent(street, forKey: .street)
        try container.encodeIfPresent(company, forKey: .company)
        try container.encodeIfPresent(telephone, forKey: .telephone)
        try container.encodeIfPresent(fax, forKey: .fax)
        try container.encodeIfPresent(postcode, forKey: .postcode)
        try container.encodeIfPresent(city, forKey: .city)
        try container.encodeIfPresent(firstname, forKey: .firstname)
        try container.encodeIfPresent(lastname, forKey: .lastname)
        try container.encodeIfPresent(middlename, forKey: .middlename)
        try container.encodeIfPresent(prefix, forKey: .prefix)
        try container.encodeIfPresent(suffix, forKey: .suffix)
        try container.encodeIfPresent(vatId, forKey: .vatId)
        try container.encodeIfPresent(defaultShipping, forKey: .defaultShipping)
        try container.encodeIfPresent(defaultBilling, forKey: .defaultBilling)
        if let extensionAttributes, !extensionAttributes.isEmpty {
            try container.encode(extensionAttributes, forKey: .extensionAttributes)
        }
        if let customAttributes, !customAttributes.isEmpty {
            try container.encode(customAttributes, forKey: .customAttributes)
        }
    }
}

extension CustomerAddress: CustomAttributeCarrying {}
