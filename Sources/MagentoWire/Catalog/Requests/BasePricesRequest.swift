/// Body of `POST /V1/products/base-prices`: `{"prices": [BasePrice]}`.
public struct BasePricesRequest: Codable, Sendable, Equatable {
    public var prices: [BasePrice]

    public init(prices: [BasePrice]) {
        self.prices = prices
    }

    enum CodingKeys: String, CodingKey {
        case prices
    }
}
