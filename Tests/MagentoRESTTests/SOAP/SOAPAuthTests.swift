import Foundation
import CommerceDomain
import HTTPTypes
import MagentoWire
import OAuth1
import Testing

@Suite("SOAP takes REST's integration tokens and OAuth 1.0a signatures")
struct SOAPAuthTests {
    static let websites = "storeWebsiteRepositoryV1"

    @Test("an integration's bearer token reaches what it holds and nothing else")
    func integrationBearer() async throws {
        let app = try await TestApp.make()
        let erp = try await IntegrationAccessTests.integration(app, resources: ["Magento_Backend::store"])
        try await app.run { session in
            let allowed = try await session.soap(Self.websites, "GetList", "", token: erp.accessToken)
            #expect(allowed.soapBody?["result", "item", "code"]?.text == "admin", "\(allowed.text)")
            let denied = try await session.soap("catalogProductRepositoryV1", "Get", "<sku>X</sku>", token: erp.accessToken)
            #expect(denied.soapBody?["Reason", "Text"]?.text == "The consumer isn't authorized to access %resources.")
        }
    }

    @Test("an OAuth 1.0a signed call is accepted and its replay is refused")
    func oauthSigned() async throws {
        let app = try await TestApp.make()
        let erp = try await IntegrationAccessTests.integration(app, resources: ["Magento_Backend::store"])
        let signer = IntegrationAccessTests.signer(erp)
        let path = "/soap/default?services=\(Self.websites)"
        let timestamp = String(Int(app.clock.now().timeIntervalSince1970))
        let header = try #require(signer.authorization(httpMethod: "POST", url: "http://localhost\(path)", timestamp: timestamp, nonce: "soap-1"))
        let envelope = """
            <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body>\
            <m:storeWebsiteRepositoryV1GetListRequest xmlns:m="x"/></env:Body></env:Envelope>
            """
        try await app.run { session in
            let headers = ["Authorization": header, "Host": "localhost"]
            let signed = try await session.send(.post, path, body: envelope, contentType: "application/soap+xml", headers: headers)
            #expect(signed.soapBody?.name == "storeWebsiteRepositoryV1GetListResponse", "\(signed.text)")
            let replayed = try await session.send(.post, path, body: envelope, contentType: "application/soap+xml", headers: headers)
            #expect(replayed.soapBody?["Reason", "Text"]?.text == "The consumer isn't authorized to access %resources.")
        }
    }
}
