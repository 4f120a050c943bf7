import Foundation

/// Where the console is served and how long a signed-in session may sit idle.
public struct ConsoleSettings: Sendable {
    /// The path the console answers under (`/admin`); every page and the cookie's `Path` use it.
    public var prefix: String
    /// A session unused this long is over; each page view starts the count again.
    public var idleTimeout: TimeInterval
    /// The server's public URL is https: cookies are marked `Secure`.
    public var servedOverHTTPS: Bool
    /// A TLS-terminating proxy sits in front: `X-Forwarded-Proto: https` marks cookies `Secure`.
    /// Off by default, since any client can send the header when nothing strips it.
    public var trustForwardedProto: Bool

    public init(prefix: String = "/admin", idleTimeout: TimeInterval = 900, servedOverHTTPS: Bool = false, trustForwardedProto: Bool = false) {
        let trimmed = prefix.hasSuffix("/") ? String(prefix.dropLast()) : prefix
        self.prefix = trimmed.hasPrefix("/") ? trimmed : "/" + trimmed
        self.idleTimeout = idleTimeout
        self.servedOverHTTPS = servedOverHTTPS
        self.trustForwardedProto = trustForwardedProto
    }
}
