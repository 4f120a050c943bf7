/// Body of `POST /V1/products/attributes/:attributeCode/options` and of the 2.4 option update `PUT
/// …/options/:optionId`:
/// `{"option": {label, value, sort_order, is_default, store_labels}}`.
public struct AttributeOptionRequest: Codable, Sendable, Equatable {
    public var option: AttributeOption

    public init(option: AttributeOption) {
        self.option = option
    }

    enum CodingKeys: String, CodingKey {
        case option
    }
}
