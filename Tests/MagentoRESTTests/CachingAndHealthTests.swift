import CommerceDomain
import CommerceStorage
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("ETags and health")
struct CachingAndHealthTests {
    @Test("a GET carries an ETag; If-None-Match with it is a 304 with no body")
    func etag() async throws {
        try await TestApp.make().run { session in
            let first = try await session.get("/rest/V1/directory/countries/DE")
            let tag = try #require(first.headers[.eTag])
            #expect(tag.hasPrefix("\"") && tag.count == 34)
            let cached = try await session.send(.get, "/rest/V1/directory/countries/DE", headers: ["If-None-Match": tag])
            #expect(cached.status == .notModified)
            #expect(cached.text.isEmpty)
            let other = try await session.send(.get, "/rest/V1/directory/countries/FR", headers: ["If-None-Match": tag])
            #expect(other.status == .ok)
            #expect(other.headers[.eTag] != tag)
        }
    }

    @Test("the ETag changes when the resource does")
    func etagChanges() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let before = try await session.get("/rest/V1/inventory/sources/default", token: token)
            _ = try await session.send(.put, "/rest/V1/inventory/sources/default", token: token, body: #"{"source":{"name":"Renamed","country_id":"US","postcode":"1"}}"#)
            let after = try await session.get("/rest/V1/inventory/sources/default", token: token)
            #expect(before.headers[.eTag] != after.headers[.eTag])
        }
    }

    @Test("errors and writes carry no ETag")
    func noTagOnErrors() async throws {
        try await TestApp.make().run { session in
            let missing = try await session.get("/rest/V1/nothing")
            #expect(missing.headers[.eTag] == nil)
        }
    }

    @Test("/health reports the database")
    func health() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/health")
            #expect(reply.status == .ok)
            #expect(reply.text == #"{"status":"ok","database":"ok"}"#)
        }
    }
}

@Suite("Optimistic concurrency and secure routes")
struct PreconditionTests {
    @Test("If-Match with the current tag lets a PUT through; a stale tag is 412 and writes nothing")
    func ifMatch() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let read = try await session.get("/rest/V1/inventory/sources/default", token: token)
            let tag = try #require(read.headers[.eTag])
            let body = #"{"source":{"name":"First","country_id":"US","postcode":"1"}}"#
            let first = try await session.send(.put, "/rest/V1/inventory/sources/default", token: token, body: body, headers: ["If-Match": tag])
            #expect(first.status == .ok)
            let stale = try await session.send(.put, "/rest/V1/inventory/sources/default", token: token, body: #"{"source":{"name":"Second","country_id":"US","postcode":"1"}}"#, headers: ["If-Match": tag])
            #expect(stale.status == .preconditionFailed)
            #expect(stale.text == #"{"message":"The resource does not match the If-Match precondition."}"#)
            let now = try await session.get("/rest/V1/inventory/sources/default", token: token)
            #expect(now.json?["name"] == .string("First"))
        }
    }

    @Test("an entity with updated_at carries Last-Modified as an HTTP date")
    func lastModified() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/webhooks", token: token, body: #"{"webhook":{"name":"W","url":"http://127.0.0.1:9/h","topics":["*"]}}"#)
            let reply = try await session.get("/rest/V1/webhooks/1", token: token)
            let updated = try #require(reply.json?["updated_at"]?.stringValue)
            let header = try #require(reply.headers[.lastModified])
            #expect(header.hasSuffix(" GMT"))
            #expect(header.contains(String(updated.suffix(8))))
        }
    }

    @Test("a secure route refuses plain HTTP when enforced, and accepts a TLS proxy's forward")
    func secureRoutes() async throws {
        let secured = ProbeEndpoints.all.map { $0.path.description == "/V1/probe/items/mine" ? $0.securedOnly() : $0 }
        try await TestApp.make(extraEndpoints: secured, configure: { $0.enforceSecureRoutes = true }).run { session in
            let plain = try await session.get("/rest/V1/probe/items/mine")
            #expect(plain.status == .badRequest)
            #expect(plain.text == #"{"message":"Operation allowed only in HTTPS"}"#)
            let proxied = try await session.send(.get, "/rest/V1/probe/items/mine", headers: ["X-Forwarded-Proto": "https"])
            #expect(proxied.status == .ok)
            let other = try await session.get("/rest/V1/probe/items/7")
            #expect(other.status == .ok)
        }
    }
}
