/// A third-party system given least-privilege access: a set of ACL resources, OAuth consumer
/// credentials, and (once activated) an access token and secret.
public struct Integration: Sendable, Equatable {
    public var id: Int
    public var name: String
    public var email: String?
    public var endpoint: String?
    public var identityLinkURL: String?
    /// ACL resource names; `Magento_Backend::all` grants every resource.
    public var resources: [String]
    public var isActive: Bool
    public var consumerKey: String
    public var consumerSecret: String
    public var accessToken: String?
    public var accessTokenSecret: String?
    public var createdAt: String
    public var updatedAt: String

    public init(
        id: Int, name: String, email: String?, endpoint: String?, identityLinkURL: String?, resources: [String],
        isActive: Bool, consumerKey: String, consumerSecret: String, accessToken: String?, accessTokenSecret: String?,
        createdAt: String, updatedAt: String
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.endpoint = endpoint
        self.identityLinkURL = identityLinkURL
        self.resources = resources
        self.isActive = isActive
        self.consumerKey = consumerKey
        self.consumerSecret = consumerSecret
        self.accessToken = accessToken
        self.accessTokenSecret = accessTokenSecret
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public static let allResources = "Magento_Backend::all"

    /// Whether the integration holds one of `required`, itself or through a resource above it
    /// in Magento's tree (`Magento_Backend::all` and `Magento_Backend::admin` hold everything).
    public func grants(any required: [String]) -> Bool {
        resources.contains(Self.allResources)
            || required.contains { AclTree.lineage(of: $0).contains(where: resources.contains) }
    }
}

/// What creating or changing an integration takes.
public struct IntegrationDraft: Sendable, Equatable {
    public var name: String
    public var email: String?
    public var endpoint: String?
    public var identityLinkURL: String?
    public var resources: [String]

    public init(name: String, email: String? = nil, endpoint: String? = nil, identityLinkURL: String? = nil, resources: [String]) {
        self.name = name
        self.email = email
        self.endpoint = endpoint
        self.identityLinkURL = identityLinkURL
        self.resources = resources
    }
}
