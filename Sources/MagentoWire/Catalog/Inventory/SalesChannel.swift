/// `inventory-sales-api-data-sales-channel-interface`: `{"type": "website", "code": "base"}`.
public struct SalesChannel: Codable, Sendable, Equatable {
    public var type: String?
    public var code: String?
    public var extensionAttributes: JSONObject?

    public init(type: String? = nil, code: String? = nil, extensionAttributes: JSONObject? = nil) {
        self.type = type
        self.code = code
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case type
        case code
        case extensionAttributes = "extension_attributes"
    }
}
