/// `customer-data-customer-interface`: a customer as `/V1/customers…` sends and receives it.
///
/// Every field is optional because input may be partial. Output keys follow CustomerInterface's
/// getter order; nil fields are omitted, `addresses` is always a list. `default_billing` and
/// `default_shipping` are address ids as **strings**, `"12"`.
public struct Customer: Codable, Sendable, Equatable {
    public var id: Int?
    public var groupId: Int?
    public var defaultBilling: String?
    public var defaultShipping: String?
    public var confirmation: String?
    public var createdAt: String?
    public var updatedAt: String?
    public var createdIn: String?
    public var dob: String?
    public var email: String?
    public var firstname: String?
    public var lastname: String?
    public var middlename: String?
    public var prefix: String?
    public var suffix: String?
    public var gender: Int?
    public var storeId: Int?
    public var taxvat: String?
    public var websiteId: Int?
    public var addresses: [CustomerAddress]?
    public var disableAutoGroupChange: Int?
    public var extensionAttributes: JSONObject?
    public var customAttributes: [CustomAttribute]?

    public init(
        id: Int? = nil, groupId: Int? = nil, email: String? = nil, firstname: String? = nil,
        lastname: String? = nil, storeId: Int? = nil, websiteId: Int? = nil, addresses: [CustomerAddress]? = nil
    ) {
        self.id = id
        self.groupId = groupId
        self.email = email
        self.firstname = firstname
        self.lastname = lastname
        self.storeId = storeId
        self.websiteId = websiteId
        self.addresses = addresses
    }

    enum CodingKeys: String, CodingKey {
        case id
        case groupId = "group_id"
        case defaultBilling = "default_billing"
        case defaultShipping = "default_shipping"
        case confirmation
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case createdIn = "created_in"
        case dob, email, firstname, lastname, middlename, prefix, suffix, gender
        case storeId = "store_id"
        case taxvat
        case websiteId = "website_id"
        case addresses
        case disableAutoGroupChange = "disable_auto_group_change"
        case extensionAttributes = "extension_attributes"
        case customAttributes = "custom_attributes"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(Int.self, forKey: .id)
        groupId = try container.decodeIfPresent(Int.self, forKey: .groupId)
        defaultBilling = try container.decodeIfPresent(String.self, forKey: .defaultBilling)
        defaultShipping = try container.decodeIfPresent(String.self, forKey: .defaultShipping)
        confirmation = try container.decodeIfPresent(String.self, forKey: .confirmation)
        createdAt = try container.decodeIfPresent(String.self, forKey: .createdAt)
        updatedAt = try container.decodeIfPresent(String.self, forKey: .updatedAt)
        createdIn = try container.decodeIfPresent(String.self, forKey: .createdIn)
        dob = try container.decodeIfPresent(String.self, forKey: .dob)
        email = try container.decodeIfPresent(String.self, forKey: .email)
        firstname = try container.decodeIfPresent(String.self, forKey: .firstname)
        lastname = try container.decodeIfPresent(String.self, forKey: .lastname)
        middlename = try container.decodeIfPresent(String.self, forKey: .middlename)
        prefix = try container.decodeIfPresent(String.self, forKey: .prefix)
        suffix = try container.decodeIfPresent(String.self, forKey: .suffix)
        gender = try container.decodeIfPresent(Int.self, forKey: .gender)
        storeId = try container.decodeIfPresent(Int.self, forKey: .storeId)
        taxvat = try container.decodeIfPresent(String.self, forKey: .taxvat)
        websiteId = try container.decodeIfPresent(Int.self, forKey: .websiteId)
        addresses = try container.decodeIfPresent([CustomerAddress].self, forKey: .addresses)
        disableAutoGroupChange = try container.decodeIfPresent(Int.self, forKey: .disableAutoGroupChange)
        extensionAttributes = try container.decodeIfPresent(JSONObject.self, forKey: .extensionAttributes)
        customAttributes = try container.decodeIfPresent(CustomAttributeList.self, forKey: .customAttributes)?.attributes
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(groupId, forKey: .groupId)
        try container.encodeIfPresent(defaultBilling, forKey: .defaultBilling)
        try container.encodeIfPresent(defaultShipping, forKey: .defaultShipping)
        try container.encodeIfPresent(confirmation, forKey: .confirmation)
        try container.encodeIfPresent(createdAt, forKey: .createdAt)
        try container.encodeIfPresent(updatedAt, forKey: .updatedAt)
        try container.encodeIfPresent(createdIn, forKey: .createdIn)
        try container.encodeIfPresent(dob, forKey: .dob)
        try container.encodeIfPresent(email, forKey: .email)
        try container.encodeIfPresent(firstname, forKey: .firstname)
        try container.encodeIfPresent(lastname, forKey: .lastname)
        try container.encodeIfPresent(middlename, forKey: .middlename)
        try container.encodeIfPresent(prefix, forKey: .prefix)
        try container.encodeIfPresent(suffix, forKey: .suffix)
        try container.encodeIfPresent(gender, forKey: .gender)
        try container.encodeIfPresent(storeId, forKey: .storeId)
        try container.encodeIfPresent(taxvat, forKey: .taxvat)
        try container.encodeIfPresent(websiteId, forKey: .websiteId)
        try container.encode(addresses ?? [], forKey: .addresses)
        try container.encodeIfPresent(disableAutoGroupChange, forKey: .disableAutoGroupChange)
        if let extensionAttributes, !extensionAttributes.isEmpty {
            try container.encode(extensionAttributes, forKey: .extensionAttributes)
        }
        if let customAttributes, !customAttributes.isEmpty {
            try container.encode(customAttributes, forKey: .customAttributes)
        }
    }
}

extension Customer: CustomAttributeCarrying {}
