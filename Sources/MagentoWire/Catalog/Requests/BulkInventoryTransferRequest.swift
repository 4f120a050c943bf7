/// Body of `POST /V1/inventory/bulk-product-source-transfer`:
/// `{"skus": […], "originSource": "a", "destinationSource": "b", "unassignFromOrigin": true}`. Keys are snake_case
/// here; the binder also accepts the camelCase names clients usually send.
public struct BulkInventoryTransferRequest: Codable, Sendable, Equatable {
    public var skus: [String]
    public var originSource: String
    public var destinationSource: String
    public var unassignFromOrigin: Bool

    public init(skus: [String], originSource: String, destinationSource: String, unassignFromOrigin: Bool) {
        self.skus = skus
        self.originSource = originSource
        self.destinationSource = destinationSource
        self.unassignFromOrigin = unassignFromOrigin
    }

    enum CodingKeys: String, CodingKey {
        case skus
        case originSource = "origin_source"
        case destinationSource = "destination_source"
        case unassignFromOrigin = "unassign_from_origin"
    }
}
