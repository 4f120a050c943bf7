/// `inventory-api-data-stock-source-link-interface`: a source assigned to a stock, by priority.
public struct StockSourceLink: Codable, Sendable, Equatable {
    public var stockId: Int?
    public var sourceCode: String?
    public var priority: Int?
    public var extensionAttributes: JSONObject?

    public init(
        stockId: Int? = nil,
        sourceCode: String? = nil,
        priority: Int? = nil,
        extensionAttributes: JSONObject? = nil
    ) {
        self.stockId = stockId
        self.sourceCode = sourceCode
        self.priority = priority
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case stockId = "stock_id"
        case sourceCode = "source_code"
        case priority
        case extensionAttributes = "extension_attributes"
    }
}
