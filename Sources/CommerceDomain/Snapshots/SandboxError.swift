/// Why a request could not be given its sandbox.
public enum SandboxError: Error, Sendable, Equatable {
    case invalidName(String)
    case notFound(String)
    /// As many sandboxes as the server allows exist already.
    case limitReached(Int)
}
