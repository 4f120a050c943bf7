/// Body of `POST /V1/products/options` and `PUT /V1/products/options/:optionId`: `{"option": {…}}`.
public struct ProductCustomOptionRequest: Codable, Sendable, Equatable {
    public var option: ProductCustomOption

    public init(option: ProductCustomOption) {
        self.option = option
    }

    enum CodingKeys: String, CodingKey {
        case option
    }
}
