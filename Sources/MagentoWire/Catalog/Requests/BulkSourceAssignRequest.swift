/// Body of `POST /V1/inventory/bulk-product-source-assign` and `…/bulk-product-source-unassign`:
/// `{"skus": ["A-1"], "sourceCodes": ["default"]}`. Keys are snake_case here; the binder also accepts the camelCase
/// names clients usually send.
public struct BulkSourceAssignRequest: Codable, Sendable, Equatable {
    public var skus: [String]
    public var sourceCodes: [String]

    public init(skus: [String], sourceCodes: [String]) {
        self.skus = skus
        self.sourceCodes = sourceCodes
    }

    enum CodingKeys: String, CodingKey {
        case skus
        case sourceCodes = "source_codes"
    }
}
