import MagentoWire

/// The new id a document action, a cart address or a placed order answers: Magento sends it as
/// a JSON string (`"12"`), some stores (and some routes) as a number; both are read.
enum AnsweredId {
    static let decode: @Sendable ([UInt8]) throws -> Int = { bytes in
        let value = try? JSONValue.parse(bytes)
        guard let text = value?.stringValue ?? value?.numberText, let id = Int(text) else {
            throw MagentoClientError.decoding("not an id: \(String(decoding: bytes.prefix(100), as: UTF8.self))")
        }
        return id
    }
}
