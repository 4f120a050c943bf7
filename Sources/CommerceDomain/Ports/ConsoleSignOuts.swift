import Foundation

/// Web console sessions ended by signing out. A console session lives in a signed cookie, so
/// clearing the cookie in the browser does not end a copy of it kept elsewhere; the sign-out is
/// recorded here, in the database every server process shares, until the cookie would have
/// timed out anyway.
public protocol ConsoleSignOuts: Sendable {
    /// Records `sessionHash` as signed out until `until`, and forgets records past `now`.
    func record(sessionHash: String, until: Date, now: Date) async throws
    func isSignedOut(sessionHash: String) async throws -> Bool
}
