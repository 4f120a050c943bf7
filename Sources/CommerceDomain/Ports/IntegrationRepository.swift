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
    /// Records a nonce; false when the consumer already used it (a replay).
    func useNonce(_ nonce: String, consumerKey: String, timestamp: Int, now: Date) async throws -> Bool
}
