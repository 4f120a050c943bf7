import MagentoWire

/// Parses JSON text in tests, where the input is known to be valid.
func json(_ text: String) throws -> JSONValue {
    try JSONValue.parse(text)
}

/// The compact JSON text of an encoded value.
func encodedText<T: Encodable>(_ value: T) throws -> String {
    try MagentoEncoder().encode(value).jsonString
}
