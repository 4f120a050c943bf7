/// Body of `POST /V1/inventory/source-items`, `…/source-items-delete` and
/// `…/low-quantity-notifications-delete`: `{"sourceItems": [SourceItem]}`. Keys are snake_case here; the binder also
/// accepts the camelCase names clients usually send.
public struct SourceItemsRequest: Codable, Sendable, Equatable {
    public var sourceItems: [SourceItem]

    public init(sourceItems: [SourceItem]) {
        self.sourceItems = sourceItems
    }

    enum CodingKeys: String, CodingKey {
        case sourceItems = "source_items"
    }
}
