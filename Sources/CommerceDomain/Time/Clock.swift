import Foundation

/// Where "now" comes from. Injected everywhere so tests can pin and move time.
public protocol CommerceClock: Sendable {
    func now() -> Date
}

/// The wall clock.
public struct SystemClock: CommerceClock {
    public init() {}
    public func now() -> Date { Date() }
}
