/// Body of `POST /V1/inventory/sources` and `PUT /V1/inventory/sources/:sourceCode`: `{"source": {…}}`.
public struct InventorySourceRequest: Codable, Sendable, Equatable {
    public var source: InventorySource

    public init(source: InventorySource) {
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case source
    }
}
