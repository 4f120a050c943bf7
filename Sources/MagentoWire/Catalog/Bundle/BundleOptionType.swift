/// `bundle-data-option-type-interface`: one input type a bundle option can have
/// (`{"label": "Drop-down", "code": "select"}`).
public struct BundleOptionType: Codable, Sendable, Equatable {
    public var label: String?
    public var code: String?
    public var extensionAttributes: JSONObject?

    public init(label: String? = nil, code: String? = nil, extensionAttributes: JSONObject? = nil) {
        self.label = label
        self.code = code
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case label, code
        case extensionAttributes = "extension_attributes"
    }

    /// Magento's four option types, in its order (`Magento\Bundle\Model\Source\Option\Type`).
    public static let all: [BundleOptionType] = [
        BundleOptionType(label: "Drop-down", code: "select"),
        BundleOptionType(label: "Radio Buttons", code: "radio"),
        BundleOptionType(label: "Checkbox", code: "checkbox"),
        BundleOptionType(label: "Multiple Select", code: "multi"),
    ]
}
