/// An entity with Magento's `custom_attributes` list (products, categories, customers…).
public protocol CustomAttributeCarrying {
    var customAttributes: [CustomAttribute]? { get }
}

extension CustomAttributeCarrying {
    /// The value of the custom attribute `code`, or nil when the entity does not carry it.
    public func customAttribute(_ code: String) -> JSONValue? {
        customAttributes?.first { $0.attributeCode == code }?.value
    }

    /// The value as text, whether it was sent as a string or a number.
    public func customAttributeText(_ code: String) -> String? {
        customAttribute(code).flatMap { $0.stringValue ?? $0.numberText }
    }
}
