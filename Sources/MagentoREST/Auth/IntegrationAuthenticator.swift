import CommerceDomain
import Foundation
import OAuth1

/// Recognises integrations: their access token as a bearer token (a setting, on by default in
/// Magpie, off in Magento since 2.4.4), or an OAuth 1.0a signed request. Any failure makes the
/// caller a guest, as in Magento.
struct IntegrationAuthenticator: Sendable {
    let integrations: any IntegrationRepository
    let clock: any CommerceClock
    let acceptsBearer: Bool

    /// Magento refuses timestamps more than ten minutes ahead.
    static let futureSkew: TimeInterval = 600

    func bearer(_ token: String) async -> Integration? {
        guard acceptsBearer else { return nil }
        return try? await integrations.integration(accessToken: token)
    }

    func oauth(header: String, method: String, url: String) async -> Integration? {
        guard let parameters = OAuthAuthorizationHeader.parse(header) else { return nil }
        func value(_ name: String) -> String? { parameters.first { $0.0 == name }?.1 }
        guard let consumerKey = value("oauth_consumer_key"), let token = value("oauth_token"),
              let nonce = value("oauth_nonce"), let timestamp = value("oauth_timestamp").flatMap(Int.init),
              let integration = try? await integrations.integration(consumerKey: consumerKey),
              integration.accessToken == token,
              Double(timestamp) <= clock.now().timeIntervalSince1970 + Self.futureSkew,
              OAuthRequestSigner.verify(
                  httpMethod: method, url: url, parameters: parameters,
                  consumerSecret: integration.consumerSecret, tokenSecret: integration.accessTokenSecret
              ),
              (try? await integrations.useNonce(nonce, consumerKey: consumerKey, timestamp: timestamp, now: clock.now())) == true
        else { return nil }
        return integration
    }
}
