import CommerceDomain
import CommerceJobs
import CommerceStorage
import Foundation
import HTTPTypes
import MagentoREST
import MagpieServer
import Testing

@Suite("Console sign-in, session cookie, expiry and sign-out")
struct ConsoleSignInTests {
    @Test("a page without a session sends the browser to the sign-in form")
    func redirectsToSignIn() async throws {
        try await TestApp.make().run { session in
            let agent = ConsoleAgent(session)
            let reply = try await agent.get("/admin/")
            #expect(reply.status == .seeOther)
            #expect(reply.location == "/admin/login")
            let form = try await agent.get("/admin/login")
            #expect(form.status == .ok)
            #expect(form.text.contains(#"<form class="card narrow" method="post" action="/admin/login">"#))
        }
    }

    @Test("signing in sets an HttpOnly, SameSite=Strict session cookie and opens the dashboard")
    func signsIn() async throws {
        try await TestApp.make().run { session in
            let agent = ConsoleAgent(session)
            let reply = try await agent.signIn()
            #expect(reply.status == .seeOther)
            #expect(reply.location == "/admin/")
            let cookie = reply.headers[values: .setCookie].first { $0.hasPrefix("magpie_console=") } ?? ""
            #expect(cookie.contains("; Path=/admin; HttpOnly; SameSite=Strict"))
            #expect(!cookie.contains("Secure"))
            let dashboard = try await agent.get("/admin/")
            #expect(dashboard.status == .ok)
            #expect(dashboard.text.contains("<h1>Dashboard</h1>"))
            #expect(dashboard.text.contains("store views"))
        }
    }

    @Test("the cookie is Secure when a trusted proxy says the request came over https")
    func secureBehindProxy() async throws {
        let app = try await TestApp.make { $0.rateLimits.trustedProxies = ["127.0.0.1"] }
        try await app.run { session in
            let form = try await session.send(.get, "/admin/login", contentType: nil, headers: ["X-Forwarded-Proto": "https"])
            #expect(form.headers[values: .setCookie].allSatisfy { $0.hasSuffix("; Secure") })
        }
    }

    @Test("a wrong password shows the REST route's message, and six lock the account as over REST")
    func lockout() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let agent = ConsoleAgent(session)
            for _ in 0..<6 {
                let wrong = try await agent.signIn("admin", "wrong")
                #expect(wrong.status == .unauthorized)
                #expect(wrong.text.contains("The account sign-in was incorrect or your account is disabled temporarily"))
            }
            let locked = try await agent.signIn()
            #expect(locked.status == .unauthorized)
            #expect(agent.cookie("magpie_console") == nil)
            let overREST = try await session.send(
                .post, "/rest/V1/integration/admin/token", body: #"{"username":"admin","password":"\#(TestApp.adminPassword)"}"#
            )
            #expect(overREST.status == .unauthorized)
        }
    }

    @Test("the sign-in form refuses a post without its CSRF token")
    func signInNeedsToken() async throws {
        try await TestApp.make().run { session in
            let agent = ConsoleAgent(session)
            _ = try await agent.get("/admin/login")
            let reply = try await agent.post("/admin/login", [("username", "admin"), ("password", TestApp.adminPassword)], withToken: false)
            #expect(reply.status == .forbidden)
            let forged = try await agent.post("/admin/login", [("username", "admin"), ("password", TestApp.adminPassword)], csrf: "forged")
            #expect(forged.status == .forbidden)
        }
    }

    @Test("a session idle longer than the timeout is over; one in use is kept alive")
    func idleExpiry() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let agent = ConsoleAgent(session)
            try await agent.signIn()
            app.clock.advance(by: 14 * 60)
            let reply1 = try await agent.get("/admin/")
            #expect(reply1.status == .ok)
            app.clock.advance(by: 14 * 60)
            let reply2 = try await agent.get("/admin/")
            #expect(reply2.status == .ok)
            app.clock.advance(by: 15 * 60 + 1)
            let expired = try await agent.get("/admin/")
            #expect(expired.status == .seeOther)
            #expect(expired.location == "/admin/login?expired=1")
            let form = try await agent.get("/admin/login?expired=1")
            #expect(form.text.contains("Your session expired"))
        }
    }

    @Test("a session in constant use still ends when its admin token expires")
    func endsWithToken() async throws {
        let app = try await TestApp.make { $0.adminTokenLifetimeMinutes = 30 }
        try await app.run { session in
            let agent = ConsoleAgent(session)
            try await agent.signIn()
            app.clock.advance(by: 14 * 60)
            let early = try await agent.get("/admin/")
            #expect(early.status == .ok)
            app.clock.advance(by: 14 * 60)
            let late = try await agent.get("/admin/")
            #expect(late.status == .ok)
            app.clock.advance(by: 3 * 60)
            let expired = try await agent.get("/admin/")
            #expect(expired.location == "/admin/login?expired=1")
        }
    }

    @Test("the idle timeout is configurable")
    func configurableTimeout() async throws {
        let app = try await TestApp.make { $0.consoleIdleMinutes = 1 }
        try await app.run { session in
            let agent = ConsoleAgent(session)
            try await agent.signIn()
            app.clock.advance(by: 61)
            let reply3 = try await agent.get("/admin/")
            #expect(reply3.status == .seeOther)
        }
    }

    @Test("the console answers under a configured path")
    func configurablePath() async throws {
        let app = try await TestApp.make { $0.consolePath = "/ops" }
        try await app.run { session in
            let reply4 = try await session.send(.get, "/ops/login", contentType: nil)
            #expect(reply4.status == .ok)
            let reply5 = try await session.send(.get, "/admin/login", contentType: nil)
            #expect(reply5.status == .notFound)
        }
    }

    @Test("signing out clears the cookie, and a copy of the old cookie opens nothing afterwards; another session is untouched")
    func signsOut() async throws {
        try await TestApp.make().run { session in
            let agent = ConsoleAgent(session)
            try await agent.signIn()
            _ = try await agent.get("/admin/")
            let other = ConsoleAgent(session)
            try await other.signIn()
            let copy = try #require(agent.cookie("magpie_console"))
            let reply = try await agent.post("/admin/logout")
            #expect(reply.status == .seeOther)
            #expect(reply.location == "/admin/login")
            #expect(reply.headers[values: .setCookie].contains { $0.hasPrefix("magpie_console=;") && $0.contains("Max-Age=0") })
            let reply6 = try await agent.get("/admin/")
            #expect(reply6.status == .seeOther)
            // The copy is still signed and not idle, but its sign-out is recorded.
            let replayed = try await session.send(.get, "/admin/", contentType: nil, headers: ["Cookie": "magpie_console=\(copy)"])
            #expect(replayed.status == .seeOther)
            #expect(replayed.headers[.location] == "/admin/login?expired=1")
            let untouched = try await other.get("/admin/")
            #expect(untouched.status == .ok)
        }
    }

    @Test("a tampered session cookie is refused")
    func tamperedCookie() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.send(.get, "/admin/", contentType: nil, headers: ["Cookie": "magpie_console=eyJ1c2VybmFtZSI6ImFkbWluIn0.AAAA"])
            #expect(reply.status == .seeOther)
        }
    }
}
