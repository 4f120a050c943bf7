/// `inventory-api-data-source-carrier-link-interface`: a shipping carrier enabled for a source.
public struct SourceCarrierLink: Codable, Sendable, Equatable {
    public var carrierCode: String?
    public var position: Int?
    public var extensionAttributes: JSONObject?

    public init(carrierCode: String? = nil, position: Int? = nil, extensionAttributes: JSONObject? = nil) {
        self.carrierCode = carrierCode
        self.position = position
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case carrierCode = "carrier_code"
        case position
        case extensionAttributes = "extension_attributes"
    }
}
