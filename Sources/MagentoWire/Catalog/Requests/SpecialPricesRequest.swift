/// Body of `POST /V1/products/special-price` and `POST /V1/products/special-price-delete`: `{"prices":
/// [SpecialPrice]}`.
public struct SpecialPricesRequest: Codable, Sendable, Equatable {
    public var prices: [SpecialPrice]

    public init(prices: [SpecialPrice]) {
        self.prices = prices
    }

    enum CodingKeys: String, CodingKey {
        case prices
    }
}
