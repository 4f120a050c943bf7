/// Body of `POST` (add or update) and `PUT` (replace) `/V1/products/tier-prices` and of
/// `POST /V1/products/tier-prices-delete`: `{"prices": [TierPrice]}`.
public struct TierPricesRequest: Codable, Sendable, Equatable {
    public var prices: [TierPrice]

    public init(prices: [TierPrice]) {
        self.prices = prices
    }

    enum CodingKeys: String, CodingKey {
        case prices
    }
}
