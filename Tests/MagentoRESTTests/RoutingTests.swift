import CommerceDomain
import CommerceStorage
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("Routing: URL forms, store codes and Magento's matching rules")
struct RoutingTests {
    @Test("every URL prefix a Magento client uses reaches the same route", arguments: [
        "/rest/V1/directory/countries/US",
        "/rest/default/V1/directory/countries/US",
        "/rest/all/V1/directory/countries/US",
        "/rest/fr/V1/directory/countries/US",
        "/index.php/rest/V1/directory/countries/US",
        "/index.php/rest/default/V1/directory/countries/US",
    ])
    func prefixes(uri: String) async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get(uri)
            #expect(reply.status == .ok)
            #expect(reply.json?["id"] == .string("US"))
        }
    }

    @Test("an unknown store code is left in the path, so no processor claims it (400)")
    func unknownStoreCode() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/xx/V1/directory/countries")
            #expect(reply.status == .badRequest)
            #expect(reply.text == #"{"message":"Specified request cannot be processed."}"#)
        }
    }

    @Test("a path outside /rest is not a route")
    func outsideRest() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/V1/directory/countries")
            #expect(reply.status == .notFound)
            #expect(reply.text == #"{"message":"Request does not match any route."}"#)
        }
    }

    @Test("a trailing slash, also before the query, matches without a redirect", arguments: [
        "/rest/V1/directory/countries/US/", "/rest/V1/directory/countries/US/?fields=id",
    ])
    func trailingSlash(uri: String) async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get(uri)
            #expect(reply.status == .ok)
            #expect(reply.json?["id"] == .string("US"))
        }
    }

    @Test("an unknown route is 404 with Magento's message")
    func unknownRoute() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/nothing/here")
            #expect(reply.status == .notFound)
            #expect(reply.text == #"{"message":"Request does not match any route."}"#)
        }
    }

    @Test("a path known only for another method is 404, never 405")
    func methodMismatch() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.send(.post, "/rest/V1/directory/countries", body: "{}")
            #expect(reply.status == .notFound)
            #expect(reply.text == #"{"message":"Request does not match any route."}"#)
        }
    }

    @Test("methods other than GET, POST, PUT and DELETE are refused", arguments: [
        HTTPRequest.Method.patch, .head, .options,
    ])
    func invalidMethod(method: HTTPRequest.Method) async throws {
        try await TestApp.make().run { session in
            let reply = try await session.send(method, "/rest/V1/directory/countries")
            #expect(reply.status == .badRequest)
            if method != .head {
                #expect(reply.text == #"{"message":"Request method is invalid."}"#)
            }
        }
    }

    @Test("a literal segment beats a placeholder in the same position")
    func literalBeatsPlaceholder() async throws {
        try await TestApp.make(extraEndpoints: ProbeEndpoints.all).run { session in
            let reply1 = try await session.get("/rest/V1/probe/items/mine")
            #expect(reply1.json?["route"] == .string("literal"))
            let reply2 = try await session.get("/rest/V1/probe/items/42")
            #expect(reply2.json?["route"] == .string("placeholder"))
        }
    }

    @Test("path parameters are percent-decoded, %2F included")
    func percentDecodedPath() async throws {
        try await TestApp.make(extraEndpoints: ProbeEndpoints.all).run { session in
            let reply = try await session.get("/rest/V1/probe/items/A%2FB%20C")
            #expect(reply.text == #"{"route":"placeholder","id":"A/B C"}"#)
        }
    }

    @Test("GET on an async path is refused as Magento refuses it")
    func asyncGet() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/async/V1/store/websites")
            #expect(reply.status == .badRequest)
            #expect(reply.text == #"{"message":"Specified request cannot be processed."}"#)
        }
    }
}
