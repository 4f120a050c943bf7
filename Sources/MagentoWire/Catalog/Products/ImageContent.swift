/// `framework-data-image-content-interface`: an uploaded image, `{base64_encoded_data, type, name}`.
public struct ImageContent: Codable, Sendable, Equatable {
    public var base64EncodedData: String?
    /// MIME type, `image/jpeg`.
    public var type: String?
    /// File name, `ab.jpg`.
    public var name: String?

    public init(base64EncodedData: String? = nil, type: String? = nil, name: String? = nil) {
        self.base64EncodedData = base64EncodedData
        self.type = type
        self.name = name
    }

    enum CodingKeys: String, CodingKey {
        case base64EncodedData = "base64_encoded_data"
        case type
        case name
    }
}
