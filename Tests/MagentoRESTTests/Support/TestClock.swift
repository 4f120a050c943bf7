import CommerceDomain
import Foundation
import HTTPTypes
import Synchronization

/// A clock the test moves by hand.
final class TestClock: CommerceClock {
    private let current: Mutex<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_790_000_000)) {
        current = Mutex(start)
    }

    func now() -> Date { current.withLock { $0 } }

    func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}

/// A deliberately fast stand-in for bcrypt so tests do not spend seconds hashing.
struct FastTestHasher: PasswordHasher {
    func hash(_ password: String) async throws -> String { "test-hash:" + password }
    func verify(_ password: String, against hash: String) async throws -> Bool { hash == "test-hash:" + password }
}
