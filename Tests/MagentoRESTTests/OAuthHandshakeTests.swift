import CommerceDomain
import Foundation
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import OAuth1
import Testing

@Suite("OAuth 1.0a activation handshake")
struct OAuthHandshakeTests {
    static func form(_ text: String) -> [String: String] {
        Dictionary(OAuthSignatureBase.formPairs(Substring(text)), uniquingKeysWith: { _, last in last })
    }

    @Test("activation posts the credentials and verifier to the callback; request and access tokens follow; the token then works")
    func handshake() async throws {
        let callback = RecordingTransport()
        let app = try await TestApp.make(webhookTransport: callback)
        try await app.run { session in
            let admin = try await session.adminToken()
            let created = try await session.send(.post, "/rest/V1/integrations", token: admin, body: #"{"integration":{"name":"ERP","endpoint":"https://erp.test/magento/callback","resources":["Magento_Backend::store"]}}"#)
            let id = created.json?["id"].map { $0.jsonString } ?? ""
            let activated = try await session.send(.post, "/rest/V1/integrations/\(id)/activate", token: admin)
            #expect(activated.status == .ok)
            #expect(activated.json?["status"] == .string("inactive"))
            #expect(activated.json?["access_token"] == nil)
            let posted = try #require(callback.sent.first)
            #expect(posted.url == "https://erp.test/magento/callback")
            #expect(posted.headers["Content-Type"] == "application/x-www-form-urlencoded")
            let fields = Self.form(posted.body)
            #expect(fields["store_base_url"] == "http://magpie.test/")
            let key = try #require(fields["oauth_consumer_key"]), secret = try #require(fields["oauth_consumer_secret"])
            let verifier = try #require(fields["oauth_verifier"])
            let now = String(Int(app.clock.now().timeIntervalSince1970))

            let consumer = OAuthRequestSigner(consumerKey: key, consumerSecret: secret, method: .hmacSHA1)
            let requestHeader = try #require(consumer.authorization(httpMethod: "POST", url: "http://localhost/oauth/token/request", timestamp: now, nonce: "r-1"))
            let requested = try await session.send(.post, "/oauth/token/request", contentType: nil, headers: ["Authorization": requestHeader, "Host": "localhost"])
            #expect(requested.status == .ok)
            #expect(requested.contentType == "application/x-www-form-urlencoded; charset=utf-8")
            let requestToken = Self.form(requested.text)
            let token = try #require(requestToken["oauth_token"]), tokenSecret = try #require(requestToken["oauth_token_secret"])

            let replay = try await session.send(.post, "/oauth/token/request", contentType: nil, headers: ["Authorization": requestHeader, "Host": "localhost"])
            #expect(replay.status == .unauthorized)
            #expect(replay.text == "oauth_problem=nonce_used")

            let holder = OAuthRequestSigner(consumerKey: key, consumerSecret: secret, token: token, tokenSecret: tokenSecret, method: .hmacSHA256)
            let wrong = try #require(holder.authorization(httpMethod: "POST", url: "http://localhost/oauth/token/access", timestamp: now, nonce: "a-0", formParameters: [("oauth_verifier", "nope")]))
            let refused = try await session.send(.post, "/oauth/token/access", body: "oauth_verifier=nope", contentType: "application/x-www-form-urlencoded", headers: ["Authorization": wrong, "Host": "localhost"])
            #expect(refused.status == .unauthorized)
            #expect(refused.text == "oauth_problem=verifier_invalid")
            let accessHeader = try #require(holder.authorization(httpMethod: "POST", url: "http://localhost/oauth/token/access", timestamp: now, nonce: "a-1", formParameters: [("oauth_verifier", verifier)]))
            let access = try await session.send(.post, "/oauth/token/access", body: "oauth_verifier=\(verifier)", contentType: "application/x-www-form-urlencoded", headers: ["Authorization": accessHeader, "Host": "localhost"])
            #expect(access.status == .ok)
            let accessToken = try #require(Self.form(access.text)["oauth_token"])

            let granted = try await session.get("/rest/V1/store/websites", token: accessToken)
            #expect(granted.status == .ok)
            let denied = try await session.get("/rest/V1/products/X", token: accessToken)
            #expect(denied.status == .unauthorized)
        }
    }

    @Test("missing parameters, unknown consumers and bad signatures get Magento's oauth_problem bodies")
    func problems() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let missing = try await session.send(.post, "/oauth/token/request", contentType: nil, headers: ["Authorization": #"OAuth oauth_consumer_key="k""#])
            #expect(missing.status == .badRequest)
            #expect(missing.text == "oauth_problem=parameter_absent&oauth_parameters_absent=oauth_signature,oauth_signature_method,oauth_nonce,oauth_timestamp")
            let signer = OAuthRequestSigner(consumerKey: "unknown", consumerSecret: "s")
            let header = try #require(signer.authorization(httpMethod: "POST", url: "http://localhost/oauth/token/request", timestamp: "1790000000", nonce: "x"))
            let unknown = try await session.send(.post, "/oauth/token/request", contentType: nil, headers: ["Authorization": header, "Host": "localhost"])
            #expect(unknown.status == .unauthorized)
            #expect(unknown.text == "oauth_problem=consumer_key_rejected")
        }
    }
}
