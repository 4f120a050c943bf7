/// Body of the price-storage lookups (`POST /V1/products/base-prices-information`, `…/special-price-information`,
/// `…/tier-prices-information`, `…/cost-information`) and of `POST /V1/products/cost-delete`:
/// `{"skus": ["A-1", "B-2"]}`.
public struct SkusRequest: Codable, Sendable, Equatable {
    public var skus: [String]

    public init(skus: [String]) {
        self.skus = skus
    }

    enum CodingKeys: String, CodingKey {
        case skus
    }
}
