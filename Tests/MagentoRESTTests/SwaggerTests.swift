import CommerceDomain
import CommerceStorage
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("The Swagger document comes from the endpoint table, filtered by ACL")
struct SwaggerTests {
    func paths(_ reply: TestReply) -> [String] {
        reply.json?["paths"]?.objectValue?.keys ?? []
    }

    @Test("an anonymous caller sees only anonymous routes")
    func anonymous() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/default/schema?services=all")
            #expect(reply.status == .ok)
            #expect(reply.json?["swagger"] == .string("2.0"))
            #expect(reply.json?["basePath"] == .string("/rest/default"))
            let visible = paths(reply)
            #expect(visible.contains("/V1/directory/countries/{countryId}"))
            #expect(visible.contains("/V1/integration/admin/token"))
            #expect(!visible.contains("/V1/store/websites"))
        }
    }

    @Test("an admin sees the protected routes with Magento-style operation ids")
    func admin() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/default/schema", token: try await session.adminToken())
            #expect(paths(reply).contains("/V1/store/websites"))
            let operation = reply.json?["paths"]?["/V1/store/websites"]?["get"]
            #expect(operation?["operationId"] == .string("storeWebsiteRepositoryV1GetListGet"))
            #expect(operation?["responses"]?["200"]?["schema"]?["items"]?["$ref"] == .string("#/definitions/store-data-website-interface"))
            #expect(reply.json?["definitions"]?["store-data-website-interface"] != nil)
        }
    }

    @Test("services= narrows the document to the named services")
    func servicesFilter() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/default/schema?services=directoryCountryInformationAcquirerV1")
            #expect(Set(paths(reply)) == ["/V1/directory/countries", "/V1/directory/countries/{countryId}"])
        }
    }

    @Test("a malformed services= is Magento's 400")
    func servicesInvalid() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/default/schema?services=not-a-service")
            #expect(reply.status == .badRequest)
            #expect(reply.text == #"{"message":"Incorrect format of request URI or Requested services are missing."}"#)
        }
    }
}
