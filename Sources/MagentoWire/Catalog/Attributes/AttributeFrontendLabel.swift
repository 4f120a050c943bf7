/// `eav-data-attribute-frontend-label-interface`: an attribute's label in one store view.
public struct AttributeFrontendLabel: Codable, Sendable, Equatable {
    public var storeId: Int?
    public var label: String?

    public init(storeId: Int? = nil, label: String? = nil) {
        self.storeId = storeId
        self.label = label
    }

    enum CodingKeys: String, CodingKey {
        case storeId = "store_id"
        case label
    }
}
