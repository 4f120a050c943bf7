/// `analytics-data-link-interface`: the report file's URL and its AES initialization vector.
public struct AnalyticsLink: Codable, Sendable, Equatable {
    public var url: String
    public var initializationVector: String

    public init(url: String, initializationVector: String) {
        self.url = url
        self.initializationVector = initializationVector
    }

    enum CodingKeys: String, CodingKey {
        case url
        case initializationVector = "initialization_vector"
    }
}
