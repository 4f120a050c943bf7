extension Product {
    /// Sets the value of `code` in `custom_attributes` in place (appending it when absent), or
    /// removes it when `value` is nil.
    public mutating func setCustomAttribute(_ code: String, _ value: JSONValue?) {
        var attributes = customAttributes ?? []
        if let value {
            if let index = attributes.firstIndex(where: { $0.attributeCode == code }) {
                attributes[index].value = value
            } else {
                attributes.append(CustomAttribute(attributeCode: code, value: value))
            }
        } else {
            attributes.removeAll { $0.attributeCode == code }
        }
        customAttributes = attributes
    }
}
