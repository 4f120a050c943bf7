/// `catalog-data-product-custom-option-type-interface`: `GET /V1/products/options/types`.
public struct ProductCustomOptionType: Codable, Sendable, Equatable {
    public var label: String?
    public var code: String?
    public var group: String?

    public init(label: String? = nil, code: String? = nil, group: String? = nil) {
        self.label = label
        self.code = code
        self.group = group
    }

    enum CodingKeys: String, CodingKey {
        case label
        case code
        case group
    }
}
