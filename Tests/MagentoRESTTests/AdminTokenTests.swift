import CommerceDomain
import CommerceStorage
import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("Admin tokens, lockout and the 401 gate")
struct AdminTokenTests {
    static let signInFailed = #"{"message":"The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later."}"#

    func login(_ session: TestSession, password: String, username: String = "admin") async throws -> TestReply {
        try await session.send(
            .post, "/rest/V1/integration/admin/token",
            body: #"{"username":"\#(username)","password":"\#(password)"}"#
        )
    }

    @Test("valid credentials return the token as a bare JSON string")
    func bareString() async throws {
        try await TestApp.make().run { session in
            let reply = try await login(session, password: TestApp.adminPassword)
            #expect(reply.status == .ok)
            #expect(reply.text.hasPrefix("\"ey"))
            #expect(reply.contentType == "application/json; charset=utf-8")
        }
    }

    @Test("the token is an HS256 JWT with Magento's claims and a 4 hour lifetime")
    func claims() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let parts = token.split(separator: ".")
            #expect(parts.count == 3)
            let header = try #require(JWTPart.decode(parts[0]))
            let payload = try #require(JWTPart.decode(parts[1]))
            #expect(header["alg"] == .string("HS256"))
            #expect(header["kid"] == .string("1"))
            #expect(payload["uid"] == .number("1"))
            #expect(payload["utypid"] == .number("2"))
            let iat = try #require(payload["iat"].flatMap { Double($0.numberText ?? "") })
            let exp = try #require(payload["exp"].flatMap { Double($0.numberText ?? "") })
            #expect(exp - iat == 4 * 3600)
        }
    }

    @Test("wrong password and unknown user give the same 401")
    func sameMessage() async throws {
        try await TestApp.make().run { session in
            let wrong = try await login(session, password: "nope")
            let unknown = try await login(session, password: "nope", username: "ghost")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text == Self.signInFailed)
            #expect(unknown.status == .unauthorized)
            #expect(unknown.text == Self.signInFailed)
        }
    }

    @Test("both credentials missing list one error each")
    func bothMissing() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.send(.post, "/rest/V1/integration/admin/token", body: "{}")
            #expect(reply.status == .badRequest)
            #expect(reply.text == #"{"message":"One or more input exceptions have occurred.","errors":[{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"username"}},{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"password"}}]}"#)
        }
    }

    @Test("one missing credential is reported alone")
    func oneMissing() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.send(.post, "/rest/V1/integration/admin/token", body: #"{"username":"admin"}"#)
            #expect(reply.status == .badRequest)
            #expect(reply.text == #"{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"password"}}"#)
        }
    }

    @Test("six failures lock the account for 30 minutes, with the same message")
    func lockout() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            for _ in 0..<6 {
                let attempt1 = try await login(session, password: "wrong")
                #expect(attempt1.status == .unauthorized)
            }
            let locked = try await login(session, password: TestApp.adminPassword)
            #expect(locked.status == .unauthorized)
            #expect(locked.text == Self.signInFailed)
            app.clock.advance(by: 29 * 60)
            let attempt2 = try await login(session, password: TestApp.adminPassword)
            #expect(attempt2.status == .unauthorized)
            app.clock.advance(by: 61)
            let attempt3 = try await login(session, password: TestApp.adminPassword)
            #expect(attempt3.status == .ok)
        }
    }

    @Test("a success resets the failure count")
    func successResets() async throws {
        try await TestApp.make().run { session in
            for _ in 0..<5 { _ = try await login(session, password: "wrong") }
            let attempt4 = try await login(session, password: TestApp.adminPassword)
            #expect(attempt4.status == .ok)
            for _ in 0..<5 { _ = try await login(session, password: "wrong") }
            let attempt5 = try await login(session, password: TestApp.adminPassword)
            #expect(attempt5.status == .ok)
        }
    }

    @Test("a protected route without a token is 401 naming its resources")
    func guestDenied() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/store/websites")
            #expect(reply.status == .unauthorized)
            #expect(reply.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Backend::store"}}"#)
        }
    }

    @Test("an invalid, malformed or expired token is simply a guest", arguments: [
        "Bearer not-a-jwt", "Bearer", "Basic abc", "Bearer a b",
    ])
    func badTokenIsGuest(header: String) async throws {
        try await TestApp.make().run { session in
            let reply = try await session.send(.get, "/rest/V1/store/websites", headers: ["Authorization": header])
            #expect(reply.status == .unauthorized)
        }
    }

    @Test("the scheme is read case-insensitively")
    func schemeCase() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let reply = try await session.send(.get, "/rest/V1/store/websites", headers: ["Authorization": "bEaReR \(token)"])
            #expect(reply.status == .ok)
        }
    }

    @Test("a token stops working when it expires")
    func expiry() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            let reply1 = try await session.get("/rest/V1/store/websites", token: token)
            #expect(reply1.status == .ok)
            app.clock.advance(by: 4 * 3600 + 1)
            let reply2 = try await session.get("/rest/V1/store/websites", token: token)
            #expect(reply2.status == .unauthorized)
        }
    }

    @Test("a self route refuses an admin token, naming the resource self")
    func selfRefusesAdmin() async throws {
        try await TestApp.make(extraEndpoints: ProbeEndpoints.all).run { session in
            let reply = try await session.get("/rest/V1/probe/me", token: try await session.adminToken())
            #expect(reply.status == .unauthorized)
            #expect(reply.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"self"}}"#)
        }
    }
}

enum JWTPart {
    static func decode(_ part: Substring) -> JSONValue? {
        var base64 = part.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64) else { return nil }
        return try? JSONValue.parse(Array(data))
    }
}

extension JSONValue {
    var numberText: String? {
        if case .number(let text) = self { return text }
        return nil
    }
}

@Suite("Configurable token lifetime")
struct TokenLifetimeTests {
    @Test("the admin token lifetime follows the configuration")
    func configuredLifetime() async throws {
        let clock = TestClock()
        var configuration = ServerConfiguration(database: ":memory:", adminPassword: TestApp.adminPassword)
        configuration.catalogProfile = nil
        configuration.adminTokenLifetimeMinutes = 30
        let magpie = try await MagpieApplication.prepare(configuration, clock: clock, hasher: FastTestHasher(), logger: Logger(label: "test"))
        try await TestApp(clock: clock, magpie: magpie).run { session in
            let token = try await session.adminToken()
            clock.advance(by: 29 * 60)
            let fresh = try await session.get("/rest/V1/store/websites", token: token)
            #expect(fresh.status == .ok)
            clock.advance(by: 61)
            let expired = try await session.get("/rest/V1/store/websites", token: token)
            #expect(expired.status == .unauthorized)
        }
    }
}
