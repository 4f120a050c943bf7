import CommerceDomain
import CommerceStorage
import Foundation
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import OAuth1
import Testing

@Suite("Integrations: least-privilege access by bearer token or OAuth 1.0a")
struct IntegrationAccessTests {
    static func integration(_ app: TestApp, resources: [String], name: String = "ERP") async throws -> Integration {
        let created = try await app.magpie.storage.integrations.create(IntegrationDraft(name: name, resources: resources))
        return try await app.magpie.storage.integrations.activate(id: created.id)
    }

    /// Signs as `integration` with its access token.
    static func signer(_ integration: Integration, method: OAuthSignatureMethod = .hmacSHA256) -> OAuthRequestSigner {
        OAuthRequestSigner(
            consumerKey: integration.consumerKey, consumerSecret: integration.consumerSecret, token: integration.accessToken,
            tokenSecret: integration.accessTokenSecret, method: method
        )
    }

    @Test("every protected route refuses an integration without its resource and admits one with it")
    func generatedACL() async throws {
        let app = try await TestApp.make { $0.rateLimits.enabled = false }
        let outsider = try await Self.integration(app, resources: ["Magpie_Nothing::none"], name: "outsider")
        var insiders: [String: String] = [:]
        for endpoint in app.magpie.endpoints {
            guard case .resources(let names) = endpoint.access, let first = names.first, insiders[first] == nil else { continue }
            insiders[first] = try await Self.integration(app, resources: [first], name: "holds \(first)").accessToken
        }
        let endpoints = app.magpie.endpoints
        let holders = insiders
        try await app.run { session in
            var checked = 0
            for endpoint in endpoints {
                guard case .resources(let names) = endpoint.access else { continue }
                let path = "/rest/V1" + endpoint.path.segments.dropFirst().map { segment in
                    switch segment {
                    case .literal(let text): "/" + text
                    case .parameter: "/1"
                    }
                }.joined()
                let body: String? = endpoint.method == .get || endpoint.method == .delete ? nil : "{}"
                let refused = try await session.send(endpoint.method, path, token: outsider.accessToken, body: body)
                #expect(refused.status == .unauthorized, "\(endpoint.method) \(endpoint.path) let an outsider in")
                #expect(refused.json?["parameters"]?["resources"] == .string(names.joined(separator: ", ")))
                let admitted = try await session.send(endpoint.method, path, token: holders[names[0]], body: body)
                #expect(admitted.status != .unauthorized, "\(endpoint.method) \(endpoint.path) refused its resource holder")
                checked += 1
            }
            #expect(checked > 40)
        }
    }

    @Test("an integration's access token works as a bearer token for what it holds")
    func bearer() async throws {
        let app = try await TestApp.make()
        let erp = try await Self.integration(app, resources: ["Magento_InventoryApi::source"])
        try await app.run { session in
            let allowed = try await session.get("/rest/V1/inventory/sources?searchCriteria=", token: erp.accessToken)
            #expect(allowed.status == .ok)
            let denied = try await session.get("/rest/V1/store/websites", token: erp.accessToken)
            #expect(denied.status == .unauthorized)
        }
    }

    @Test("bearer use of integration tokens can be switched off, as Magento 2.4.4+ does")
    func bearerOff() async throws {
        let app = try await TestApp.make { $0.integrationTokensAsBearer = false }
        let erp = try await Self.integration(app, resources: [Integration.allResources])
        try await app.run { session in
            let reply = try await session.get("/rest/V1/store/websites", token: erp.accessToken)
            #expect(reply.status == .unauthorized)
        }
    }

    @Test("an OAuth 1.0a signed request is accepted; a tampered URL or a replayed nonce is a guest")
    func oauth() async throws {
        let app = try await TestApp.make()
        let erp = try await Self.integration(app, resources: ["Magento_Backend::store"])
        let signer = Self.signer(erp)
        let path = "/rest/V1/store/storeConfigs?storeCodes%5B%5D=fr"
        let timestamp = String(Int(app.clock.now().timeIntervalSince1970))
        let header = try #require(signer.authorization(httpMethod: "GET", url: "http://localhost\(path)", timestamp: timestamp, nonce: "n-1"))
        let sha1 = Self.signer(erp, method: .hmacSHA1).authorization(httpMethod: "GET", url: "http://localhost/rest/V1/store/websites", timestamp: timestamp, nonce: "n-2")
        try await app.run { session in
            let signed = try await session.send(.get, path, headers: ["Authorization": header, "Host": "localhost"])
            #expect(signed.status == .ok)
            #expect(signed.json?.arrayValue?.first?["code"] == .string("fr"))
            let replayed = try await session.send(.get, path, headers: ["Authorization": header, "Host": "localhost"])
            #expect(replayed.status == .unauthorized)
            let tampered = try await session.send(.get, "/rest/V1/store/storeConfigs", headers: ["Authorization": header.replacingOccurrences(of: "n-1", with: "n-9"), "Host": "localhost"])
            #expect(tampered.status == .unauthorized)
            let withSHA1 = try await session.send(.get, "/rest/V1/store/websites", headers: ["Authorization": sha1 ?? "", "Host": "localhost"])
            #expect(withSHA1.status == .ok)
        }
    }

    @Test("integrations are created, activated with tokens, and deleted through the admin routes")
    func adminRoutes() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            let created = try await session.send(.post, "/rest/V1/integrations", token: token, body: #"{"integration":{"name":"PIM","email":"pim@example.com","resources":["Magento_InventoryApi::source"]}}"#)
            #expect(created.status == .ok)
            #expect(created.json?["status"] == .string("inactive"))
            #expect(created.json?["consumer_key"]?.stringValue?.count == 32)
            #expect(created.json?["access_token"] == nil)
            let activated = try await session.send(.post, "/rest/V1/integrations/1/activate", token: token)
            let access = activated.json?["access_token"]?.stringValue ?? ""
            #expect(access.count == 32)
            let used = try await session.get("/rest/V1/inventory/sources/default", token: access)
            #expect(used.status == .ok)
            let rotated = try await session.send(.post, "/rest/V1/integrations/1/activate", token: token)
            #expect(rotated.json?["access_token"]?.stringValue != access)
            let old = try await session.get("/rest/V1/inventory/sources/default", token: access)
            #expect(old.status == .unauthorized)
            let duplicate = try await session.send(.post, "/rest/V1/integrations", token: token, body: #"{"integration":{"name":"PIM","resources":["x"]}}"#)
            #expect(duplicate.status == .badRequest)
            #expect(duplicate.text == #"{"message":"Integration with name '%1' exists.","parameters":["PIM"]}"#)
            let deleted = try await session.send(.delete, "/rest/V1/integrations/1", token: token)
            #expect(deleted.text == "true")
        }
    }
}
