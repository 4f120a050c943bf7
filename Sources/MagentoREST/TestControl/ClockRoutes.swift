import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// `/V1/magpie/clock`: read, stop, move and resume the clock every service reads, so a test can
/// expire a token or pass a rule's end date without waiting.
public struct ClockRoutes: Sendable {
    let clock: AdjustableClock

    public init(clock: AdjustableClock) {
        self.clock = clock
    }

    static let access = EndpointAccess.resources(["Magpie_Clock::manage"])
    static let service = "magpieClockV1"
    /// A century either way: far enough for any test, near enough that dates stay four-digit years.
    static let maximumStep: TimeInterval = 100 * 366 * 86_400

    public var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/magpie/clock", access: Self.access, service: Self.service, operation: "get",
                     summary: "The server's time and whether it is frozen or offset.") { [clock] _ in
                ClockReport(clock)
            },
            Endpoint(.put, "/V1/magpie/clock", access: Self.access, service: Self.service, operation: "set",
                     summary: "Freeze the clock (at `time` or now), advance it by `seconds`, or return it to real time.",
                     body: [.required("action", String.self), .optional("time", String.self), .optional("seconds", Double.self)]) { [clock] call in
                try Self.apply(call, to: clock)
                return ClockReport(clock)
            },
        ]
    }

    static func apply(_ call: EndpointCall, to clock: AdjustableClock) throws {
        let action: String = try call.argument("action")
        switch action {
        case "freeze":
            let time: String? = try call.optionalArgument("time")
            clock.freeze(at: try time.map(instant))
        case "advance":
            let seconds: Double = try call.argument("seconds")
            guard seconds.isFinite, abs(seconds) <= maximumStep else {
                throw MagentoHTTPError(.badRequest, "Invalid clock step %1: use seconds within a century.", parameters: .positional([String(seconds)]))
            }
            clock.advance(by: seconds)
        case "real":
            clock.resume()
        default:
            throw MagentoHTTPError(.badRequest, "Invalid clock action \"%1\": use freeze, advance or real.", parameters: .positional([action]))
        }
    }

    /// Magento's `YYYY-MM-DD HH:MM:SS` in UTC (a `T` or a trailing `Z` is accepted).
    static func instant(_ text: String) throws -> Date {
        let trimmed = text.hasSuffix("Z") ? String(text.dropLast()) : text
        guard let date = MagentoTimestamp.date(from: trimmed) else {
            throw MagentoHTTPError(.badRequest, "Invalid time \"%1\": use YYYY-MM-DD HH:MM:SS in UTC.", parameters: .positional([text]))
        }
        return date
    }
}

/// What the clock routes answer.
struct ClockReport: Codable, Sendable {
    let mode: String
    let now: String
    /// Seconds ahead of real time (behind when negative), while running.
    let offsetSeconds: Double?

    init(_ clock: AdjustableClock) {
        now = MagentoTimestamp.string(from: clock.now())
        switch clock.mode {
        case .running(let offset):
            mode = "real"
            offsetSeconds = offset
        case .frozen:
            mode = "frozen"
            offsetSeconds = nil
        }
    }

    enum CodingKeys: String, CodingKey {
        case mode, now
        case offsetSeconds = "offset_seconds"
    }
}
