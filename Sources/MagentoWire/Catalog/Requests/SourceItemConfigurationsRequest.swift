/// Body of `POST /V1/inventory/low-quantity-notification`: `{"sourceItemConfigurations": […]}`. Keys are snake_case
/// here; the binder also accepts the camelCase names clients usually send.
public struct SourceItemConfigurationsRequest: Codable, Sendable, Equatable {
    public var sourceItemConfigurations: [SourceItemConfiguration]

    public init(sourceItemConfigurations: [SourceItemConfiguration]) {
        self.sourceItemConfigurations = sourceItemConfigurations
    }

    enum CodingKeys: String, CodingKey {
        case sourceItemConfigurations = "source_item_configurations"
    }
}
