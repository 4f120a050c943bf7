import CommerceDomain
import CommerceStorage
import Foundation
import Testing

extension StorageContractTests {
    static let loginTime = MagentoTimestamp.date(from: "2024-05-06 10:00:00")!

    @Test("A user with no failures has no throttle state", arguments: TestEngine.all)
    func noFailuresNoState(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            #expect(try await storage.loginThrottle.state(username: "alice", userType: .admin) == nil)
        }
    }

    @Test("Failures are counted per username, ignoring case", arguments: TestEngine.all)
    func failuresAreCounted(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let throttle = storage.loginThrottle
            for name in ["alice", "ALICE"] {
                try await throttle.recordFailure(username: name, userType: .admin, now: Self.loginTime, maxFailures: 6, lockDuration: 600)
            }
            #expect(try await throttle.state(username: "Alice", userType: .admin) == LoginThrottleState(failures: 2, lockedUntil: nil))
            #expect(try await throttle.state(username: "alice", userType: .customer) == nil)
        }
    }

    @Test("Reaching the maximum failures locks the user and restarts the count", arguments: TestEngine.all)
    func reachingMaximumLocks(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let throttle = storage.loginThrottle
            for _ in 0..<3 {
                try await throttle.recordFailure(username: "alice", userType: .customer, now: Self.loginTime, maxFailures: 3, lockDuration: 600)
            }
            #expect(try await throttle.state(username: "alice", userType: .customer)
                == LoginThrottleState(failures: 0, lockedUntil: Self.loginTime.addingTimeInterval(600)))
        }
    }

    @Test("A lock ends at its expiry time and later failures count from zero", arguments: TestEngine.all)
    func lockExpires(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let throttle = storage.loginThrottle
            for _ in 0..<2 {
                try await throttle.recordFailure(username: "alice", userType: .admin, now: Self.loginTime, maxFailures: 2, lockDuration: 60)
            }
            let lockedUntil = try #require(try await throttle.state(username: "alice", userType: .admin)?.lockedUntil)
            #expect(lockedUntil > Self.loginTime.addingTimeInterval(59))
            #expect(lockedUntil <= Self.loginTime.addingTimeInterval(60))
            try await throttle.recordFailure(username: "alice", userType: .admin, now: Self.loginTime.addingTimeInterval(61), maxFailures: 2, lockDuration: 60)
            #expect(try await throttle.state(username: "alice", userType: .admin)?.failures == 1)
        }
    }

    @Test("Concurrent failures each count once", arguments: TestEngine.all)
    func concurrentFailuresCount(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let throttle = storage.loginThrottle
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        try await throttle.recordFailure(username: "bob", userType: .admin, now: Self.loginTime, maxFailures: 100, lockDuration: 60)
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await throttle.state(username: "bob", userType: .admin)?.failures == 8)
        }
    }

    @Test("Resetting forgets earlier failures", arguments: TestEngine.all)
    func resettingForgetsFailures(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let throttle = storage.loginThrottle
            try await throttle.recordFailure(username: "alice", userType: .admin, now: Self.loginTime, maxFailures: 5, lockDuration: 60)
            try await throttle.reset(username: "ALICE", userType: .admin)
            #expect(try await throttle.state(username: "alice", userType: .admin) == nil)
        }
    }
}
