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
