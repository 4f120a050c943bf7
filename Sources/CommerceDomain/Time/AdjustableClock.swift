import Foundation
import Synchronization

/// The server's clock as a test suite drives it (`/V1/magpie/clock`): its base clock moved by an
/// offset, or stopped at an instant. Every service reads time through it, so freezing or
/// advancing it moves token expiry, timestamps, rule dates, lockouts, retries and leases at once.
public final class AdjustableClock: CommerceClock {
    /// How the clock runs now.
    public enum Mode: Sendable, Equatable {
        /// The base clock plus `offset` seconds (0 is real time).
        case running(offset: TimeInterval)
        /// Stopped at an instant until moved or resumed.
        case frozen(at: Date)
    }

    private let base: any CommerceClock
    private let state = Mutex(Mode.running(offset: 0))

    public init(base: any CommerceClock = SystemClock()) {
        self.base = base
    }

    public func now() -> Date {
        switch state.withLock({ $0 }) {
        case .running(let offset): base.now().addingTimeInterval(offset)
        case .frozen(let instant): instant
        }
    }

    public var mode: Mode { state.withLock { $0 } }

    /// Stops the clock at `instant`, or where it stands now.
    public func freeze(at instant: Date? = nil) {
        let stop = instant ?? now()
        state.withLock { $0 = .frozen(at: stop) }
    }

    /// Moves the clock by `seconds`, frozen or running; it keeps its mode.
    public func advance(by seconds: TimeInterval) {
        state.withLock { mode in
            switch mode {
            case .running(let offset): mode = .running(offset: offset + seconds)
            case .frozen(let instant): mode = .frozen(at: instant.addingTimeInterval(seconds))
            }
        }
    }

    /// Back to the base clock's time, running.
    public func resume() {
        state.withLock { $0 = .running(offset: 0) }
    }
}
