import Hummingbird
import HummingbirdCore
import NIOCore

/// How long and how many clients may hold the server (issue 16, 9): a connection that sends no
/// complete request head (or sits idle between requests) for `idleTimeoutSeconds` is closed, and
/// past `maxConnections` open connections new ones wait in the kernel's backlog until one closes;
/// at most `concurrentLargeBodies` requests with bodies over `largeBodyBytes` are handled at once.
public struct ConnectionLimits: Sendable, Equatable {
    /// Seconds a connection may stay without a complete request head or between requests
    /// (`MAGPIE_IDLE_TIMEOUT_SECONDS`, default 30).
    public var idleTimeoutSeconds: Double = 30
    /// Connections served at once (`MAGPIE_MAX_CONNECTIONS`, default 2048).
    public var maxConnections: Int = 2048
    /// Bytes past which a request body is large (`MAGPIE_LARGE_BODY_BYTES`, default 1 MiB).
    public var largeBodyBytes: Int = 1024 * 1024
    /// Large requests handled at once; others wait (`MAGPIE_LARGE_BODY_CONCURRENCY`, default 2).
    public var concurrentLargeBodies: Int = 2
    /// Seconds from a request's head to the end of its body before the connection is closed
    /// (`MAGPIE_BODY_TIMEOUT_SECONDS`, default 30): a body trickled in slowly is cut off.
    public var bodyTimeoutSeconds: Double = 30

    public init() {}

    /// The defaults, overridden by the `MAGPIE_*` variables that hold positive numbers.
    public init(environment: [String: String]) {
        if let seconds = environment["MAGPIE_IDLE_TIMEOUT_SECONDS"].flatMap(Double.init), seconds > 0, seconds.isFinite {
            idleTimeoutSeconds = seconds
        }
        if let count = environment["MAGPIE_MAX_CONNECTIONS"].flatMap(Int.init), count > 0 { maxConnections = count }
        if let bytes = environment["MAGPIE_LARGE_BODY_BYTES"].flatMap(Int.init), bytes > 0 { largeBodyBytes = bytes }
        if let count = environment["MAGPIE_LARGE_BODY_CONCURRENCY"].flatMap(Int.init), count > 0 { concurrentLargeBodies = count }
        if let seconds = environment["MAGPIE_BODY_TIMEOUT_SECONDS"].flatMap(Double.init), seconds > 0, seconds.isFinite {
            bodyTimeoutSeconds = seconds
        }
    }

    /// The HTTP/1.1 server with the idle timeout and the body deadline.
    var server: HTTPServerBuilder {
        let bodyTimeout = TimeAmount.milliseconds(Int64(bodyTimeoutSeconds * 1000))
        return .http1(configuration: HTTP1Channel.Configuration(
            additionalChannelHandlers: [BodyReadDeadline(timeout: bodyTimeout)],
            idleTimeout: .milliseconds(Int64(idleTimeoutSeconds * 1000))
        ))
    }

    /// The connection cap as Hummingbird's accept gate.
    var connectionGate: any AvailableConnectionsDelegate {
        MaximumAvailableConnections(maxConnections)
    }
}
