/// `catalog-data-price-update-result-interface`: one refused price of a price-storage update;
/// `message` is a template whose `%fieldName`-style placeholders are filled from `parameters`.
public struct PriceUpdateResult: Codable, Sendable, Equatable {
    public var message: String?
    public var parameters: [String]?
    public var extensionAttributes: JSONObject?

    public init(message: String? = nil, parameters: [String]? = nil, extensionAttributes: JSONObject? = nil) {
        self.message = message
        self.parameters = parameters
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case message
        case parameters
        case extensionAttributes = "extension_attributes"
    }
}
