extension Migration {
    /// Signed-out web console sessions (`ConsoleSignOuts`), by the SHA-256 of the session's
    /// random id: the id itself doubles as its CSRF token, so it is not stored.
    static let consoleSignOuts = Migration(id: "0032_console_signout") { _ in
        [
            "CREATE TABLE magpie_console_signout (session_hash TEXT NOT NULL PRIMARY KEY, expires_at TEXT NOT NULL)",
            "CREATE INDEX magpie_console_signout_expires ON magpie_console_signout (expires_at)",
        ]
    }
}
