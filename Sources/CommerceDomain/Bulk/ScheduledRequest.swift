import MagentoWire

/// Everything needed to replay one accepted write later, exactly as the synchronous route would
/// have run it: which route, in which store, with which arguments, for whom.
public struct ScheduledRequest: Codable, Sendable, Equatable {
    /// `POST`, `PUT` or `DELETE`.
    public var method: String
    /// The synchronous route's template, e.g. `/V1/inventory/sources/:sourceCode`.
    public var path: String
    /// A store view code, `all`, or nil for the default store view.
    public var store: String?
    public var pathParameters: [String: String]
    public var body: JSONValue?
    public var userType: Int
    public var userId: Int?

    public init(
        method: String, path: String, store: String?, pathParameters: [String: String], body: JSONValue?,
        userType: Int, userId: Int?
    ) {
        self.method = method
        self.path = path
        self.store = store
        self.pathParameters = pathParameters
        self.body = body
        self.userType = userType
        self.userId = userId
    }

    enum CodingKeys: String, CodingKey {
        case method, path, store
        case pathParameters = "path_parameters"
        case body
        case userType = "user_type"
        case userId = "user_id"
    }
}
