import MagentoWire

/// Binds JSON text the way a request body is bound: top-level unknown keys ignored, nested ones refused.
func bind<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try MagentoDecoder().decode(type, from: json(text))
}

/// `text` re-serialized compactly with its key order and number text kept: the expected output
/// for a sample written in Magento's own key order.
func compact(_ text: String) throws -> String {
    try json(text).jsonString
}
