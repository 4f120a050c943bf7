import MagentoClient
import MagentoWire
import OAuth1
import Testing

@Suite struct OAuthSigningTests {
    static let credentials = OAuthCredentials(
        consumerKey: "ck", consumerSecret: "cs", accessToken: "at", accessTokenSecret: "ats", signatureMethod: .hmacSHA256
    )

    private func verify(_ request: TransportRequest, secret: String = "cs", tokenSecret: String = "ats") -> Bool {
        guard let header = request.header("Authorization"), let parameters = OAuthAuthorizationHeader.parse(header) else { return false }
        return OAuthRequestSigner.verify(
            httpMethod: request.method.rawValue, url: request.url, parameters: parameters,
            consumerSecret: secret, tokenSecret: tokenSecret
        )
    }

    @Test func requestsWithQueriesAreSignedOverTheURLAsSent() async throws {
        let transport = ScriptedTransport([.reply(200, #"{"items":[],"search_criteria":{"filter_groups":[]},"total_count":0}"#)])
        let client = ClientFixtures.client(transport, credentials: .oauth(Self.credentials))
        _ = try await client.products.list(SearchCriteriaBuilder().where("sku", .like, "A/B%").pageSize(5).build())
        let request = try #require(transport.requests.first)
        #expect(request.header("Authorization")?.hasPrefix("OAuth ") == true)
        #expect(request.header("Authorization")?.contains(#"oauth_token="at""#) == true)
        #expect(verify(request))
        #expect(!verify(request, secret: "wrong"))
    }

    @Test func eachRetrySignsAgainWithAFreshNonce() async throws {
        let transport = ScriptedTransport([.reply(503, "{}"), .reply(200, "true")])
        let client = ClientFixtures.client(transport, credentials: .oauth(Self.credentials))
        _ = try await client.products.delete("A/B")
        let requests = transport.requests
        #expect(requests.count == 2)
        #expect(requests.allSatisfy { verify($0) })
        let nonces = requests.compactMap { request in
            request.header("Authorization").flatMap(OAuthAuthorizationHeader.parse)?.first { $0.0 == "oauth_nonce" }?.1
        }
        #expect(Set(nonces).count == 2)
    }

    @Test func hmacSHA1IsSupported() async throws {
        var credentials = Self.credentials
        credentials.signatureMethod = .hmacSHA1
        let transport = ScriptedTransport([.reply(200, "true")])
        _ = try await ClientFixtures.client(transport, credentials: .oauth(credentials)).products.delete("X")
        #expect(transport.requests.first?.header("Authorization")?.contains("HMAC-SHA1") == true)
        #expect(verify(try #require(transport.requests.first)))
    }
}
