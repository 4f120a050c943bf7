import CommerceDomain
import Foundation
import Synchronization
import Testing

@Suite("Admin token service with fake ports")
struct AdminTokenServiceTests {
    final class Fakes: AdminUserRepository, LoginThrottleRepository, PasswordHasher, TokenIssuer, CommerceClock {
        let state = Mutex<(failures: Int, lockedUntil: Date?, now: Date)>((0, nil, Date(timeIntervalSince1970: 1_000_000)))
        let user = AdminUser(id: 9, username: "Boss", email: "b@x", firstName: "B", lastName: "X", passwordHash: "h:secret", isActive: true)

        func find(username: String) async throws -> AdminUser? { username.lowercased() == "boss" ? user : nil }
        func find(id: Int) async throws -> AdminUser? { id == 9 ? user : nil }
        func create(_ user: NewAdminUser) async throws -> AdminUser { self.user }
        func count() async throws -> Int { 1 }

        func state(username: String, userType: UserType) async throws -> LoginThrottleState? {
            state.withLock { LoginThrottleState(failures: $0.failures, lockedUntil: $0.lockedUntil) }
        }
        func recordFailure(username: String, userType: UserType, now: Date, maxFailures: Int, lockDuration: TimeInterval) async throws {
            state.withLock { current in
                current.failures += 1
                if current.failures >= maxFailures {
                    current.lockedUntil = now.addingTimeInterval(lockDuration)
                    current.failures = 0
                }
            }
        }
        func countAttempt(username: String, userType: UserType, now: Date, maxFailures: Int, lockDuration: TimeInterval) async throws -> Bool {
            state.withLock { current in
                if let locked = current.lockedUntil, locked > now { return false }
                current.failures += 1
                if current.failures >= maxFailures {
                    current.lockedUntil = now.addingTimeInterval(lockDuration)
                    current.failures = 0
                }
                return true
            }
        }
        func reset(username: String, userType: UserType) async throws { state.withLock { $0.failures = 0; $0.lockedUntil = nil } }

        func hash(_ password: String) async throws -> String { "h:" + password }
        func verify(_ password: String, against hash: String) async throws -> Bool { hash == "h:" + password }

        func issue(for identity: CallerIdentity, lifetime: Int) async throws -> String { "token-\(identity.userId ?? 0)-\(lifetime)" }
        func identity(fromToken token: String) async -> CallerIdentity? { nil }

        func now() -> Date { state.withLock { $0.now } }
    }

    func service(_ fakes: Fakes) -> AdminTokenService {
        AdminTokenService(
            users: fakes, throttle: fakes, hasher: fakes, tokens: fakes, clock: fakes,
            policy: AuthenticationPolicy(adminTokenLifetime: 600, maxFailures: 3, lockDuration: 60)
        )
    }

    @Test("right credentials give a token for the admin with the policy's lifetime")
    func success() async throws {
        let fakes = Fakes()
        #expect(try await service(fakes).createToken(username: "boss", password: "secret") == "token-9-600")
    }

    @Test("the policy's failure limit locks even the right password until the lock expires")
    func lockout() async throws {
        let fakes = Fakes()
        let tokens = service(fakes)
        for _ in 0..<3 {
            await #expect(throws: CommerceError.authenticationFailed) { try await tokens.createToken(username: "boss", password: "bad") }
        }
        await #expect(throws: CommerceError.authenticationFailed) { try await tokens.createToken(username: "boss", password: "secret") }
        fakes.state.withLock { $0.now = $0.now.addingTimeInterval(61) }
        #expect(try await tokens.createToken(username: "boss", password: "secret") == "token-9-600")
    }

    @Test("empty credentials are input errors, not authentication failures")
    func emptyCredentials() async throws {
        await #expect(throws: CommerceError.multipleInputErrors([.required("username"), .required("password")])) {
            try await service(Fakes()).createToken(username: "", password: nil)
        }
    }
}
