/// An integration as Magpie's admin routes show and accept it.
public struct IntegrationRecord: Codable, Sendable, Equatable {
    public var id: Int?
    public var name: String?
    public var email: String?
    public var endpoint: String?
    public var identityLinkUrl: String?
    /// ACL resources; `Magento_Backend::all` grants every resource.
    public var resources: [String]?
    /// `active` once tokens were issued, else `inactive`.
    public var status: String?
    public var consumerKey: String?
    public var consumerSecret: String?
    public var accessToken: String?
    public var accessTokenSecret: String?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int? = nil, name: String? = nil, email: String? = nil, endpoint: String? = nil, identityLinkUrl: String? = nil,
        resources: [String]? = nil, status: String? = nil, consumerKey: String? = nil, consumerSecret: String? = nil,
        accessToken: String? = nil, accessTokenSecret: String? = nil, createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.endpoint = endpoint
        self.identityLinkUrl = identityLinkUrl
        self.resources = resources
        self.status = status
        self.consumerKey = consumerKey
        self.consumerSecret = consumerSecret
        self.accessToken = accessToken
        self.accessTokenSecret = accessTokenSecret
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, email, endpoint
        case identityLinkUrl = "identity_link_url"
        case resources, status
        case consumerKey = "consumer_key"
        case consumerSecret = "consumer_secret"
        case accessToken = "access_token"
        case accessTokenSecret = "access_token_secret"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
