/// Body of `POST /V1/products/cost`: `{"prices": [Cost]}`. (`cost-delete` takes ``SkusRequest``.)
public struct CostsRequest: Codable, Sendable, Equatable {
    public var prices: [Cost]

    public init(prices: [Cost]) {
        self.prices = prices
    }

    enum CodingKeys: String, CodingKey {
        case prices
    }
}
