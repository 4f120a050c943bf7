import Foundation

/// Integrations and the OAuth nonces they have used.
public protocol IntegrationRepository: Sendable {
    /// Creates an inactive integration with fresh consumer credentials.
    func create(_ draft: IntegrationDraft) async throws -> Integration
    func update(id: Int, _ draft: IntegrationDraft) async throws -> Integration
    func delete(id: Int) async throws
    func integration(id: Int) async throws -> Integration
    func integrations() async throws -> [Integration]
    /// Activates it and issues a new access token and secret (also how they are rotated).
    func activate(id: Int) async throws -> Integration
    /// The active integration holding this access token.
    func integration(accessToken: String) async throws -> Integration?
    /// The active integration with this consumer key.
    func integration(consumerKey: String) async throws -> Integration?
    /// Starts Magento's activation handshake: a fresh `oauth_verifier` to send to the callback URL.
    func beginHandshake(id: Int) async throws -> (integration: Integration, verifier: String)
    /// Any integration with this consumer key, active or not, with its handshake state.
    func handshake(consumerKey: String) async throws -> IntegrationHandshake?
    /// Issues a request token and secret (`/oauth/token/request`).
    func issueRequestToken(consumerKey: String) async throws -> (token: String, secret: String)
    /// Trades the request token for a new access token and secret and activates the integration
    /// (`/oauth/token/access`).
    func completeHandshake(consumerKey: String) async throws -> Integration
    /// Records a nonce; false when the consumer already used it (a replay).
    func useNonce(_ nonce: String, consumerKey: String, timestamp: Int, now: Date) async throws -> Bool
}

/// Where an integration is in the OAuth 1.0a activation handshake.
public struct IntegrationHandshake: Sendable {
    public var integration: Integration
    public var verifier: String?
    public var requestToken: String?
    public var requestTokenSecret: String?

    public init(integration: Integration, verifier: String?, requestToken: String?, requestTokenSecret: String?) {
        self.integration = integration
        self.verifier = verifier
        self.requestToken = requestToken
        self.requestTokenSecret = requestTokenSecret
    }
}
