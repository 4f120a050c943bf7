import Foundation

/// The longest one read statement may run before it is stopped: PostgreSQL's
/// `statement_timeout`, and the SQLite read deadline (`SQLiteInterrupts`). No request can hold a
/// connection forever (issue 16). `MAGPIE_STATEMENT_TIMEOUT_MS`, 0 for none; migrations are exempt.
public enum StatementTimeout {
    public static let defaultMilliseconds = 30_000

    /// `MAGPIE_STATEMENT_TIMEOUT_MS` when it holds a number, else the default.
    public static func milliseconds(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        environment["MAGPIE_STATEMENT_TIMEOUT_MS"].flatMap(Int.init) ?? defaultMilliseconds
    }
}
