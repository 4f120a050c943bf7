import CommerceDomain
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagpieServer
import Testing

/// Issue 16 (3): concurrent wrong passwords cannot all be verified before the lock is recorded.
@Suite("Lockout under concurrency")
struct ConcurrentLockoutTests {
    /// As slow as bcrypt is, so wrong guesses are still being verified when the right one comes.
    struct SlowHasher: PasswordHasher {
        func hash(_ password: String) async throws -> String {
            try await Task.sleep(for: .milliseconds(300))
            return "test-hash:" + password
        }
        func verify(_ password: String, against hash: String) async throws -> Bool {
            try await Task.sleep(for: .milliseconds(300))
            return hash == "test-hash:" + password
        }
    }

    static let refused = #"{"message":"The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later."}"#

    /// Sends 60 wrong passwords at once and the right one 100 ms later; answers the right one's reply
    /// and the statuses of the wrong ones.
    static func storm(_ session: TestSession, path: String, username: String, password: String) async throws -> (TestReply, [HTTPResponse.Status]) {
        try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
            for index in 0..<60 {
                group.addTask {
                    try await session.send(.post, path, body: #"{"username":"\#(username)","password":"wrong-\#(index)"}"#).status
                }
            }
            try await Task.sleep(for: .milliseconds(100))
            let right = try await session.send(.post, path, body: #"{"username":"\#(username)","password":"\#(password)"}"#)
            var statuses: [HTTPResponse.Status] = []
            for try await status in group { statuses.append(status) }
            return (right, statuses)
        }
    }

    @Test("60 wrong admin passwords at once lock the account: the right one is refused until the lock ends")
    func admin() async throws {
        // Rate limits off: the login limiter would answer most of the storm with 429 before the lockout is reached.
        let app = try await TestApp.make(hasher: SlowHasher()) { $0.rateLimits.enabled = false }
        try await app.run { session in
            let (right, wrong) = try await Self.storm(session, path: "/rest/V1/integration/admin/token", username: "admin", password: TestApp.adminPassword)
            #expect(wrong.allSatisfy { $0 == .unauthorized })
            #expect(right.status == .unauthorized)
            #expect(right.text == Self.refused)
            let stillLocked = try await session.send(.post, "/rest/V1/integration/admin/token", body: #"{"username":"admin","password":"\#(TestApp.adminPassword)"}"#)
            #expect(stillLocked.status == .unauthorized)
            app.clock.advance(by: 1801)
            let later = try await session.send(.post, "/rest/V1/integration/admin/token", body: #"{"username":"admin","password":"\#(TestApp.adminPassword)"}"#)
            #expect(later.status == .ok)
        }
    }

    @Test("60 wrong customer passwords at once lock the account too")
    func customer() async throws {
        // Rate limits off: the login limiter would answer most of the storm with 429 before the lockout is reached.
        let app = try await TestApp.make(hasher: SlowHasher()) { $0.rateLimits.enabled = false }
        try await app.run { session in
            try await session.register("storm@example.com")
            let (right, wrong) = try await Self.storm(session, path: "/rest/V1/integration/customer/token", username: "storm@example.com", password: TestSession.shopperPassword)
            #expect(wrong.allSatisfy { $0 == .unauthorized })
            #expect(right.status == .unauthorized)
            let stillLocked = try await session.send(.post, "/rest/V1/integration/customer/token", body: #"{"username":"storm@example.com","password":"\#(TestSession.shopperPassword)"}"#)
            #expect(stillLocked.status == .unauthorized)
        }
    }
}
