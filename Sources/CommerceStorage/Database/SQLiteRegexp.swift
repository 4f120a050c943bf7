import SQLiteNIO

/// SQLite parses `x REGEXP y` but ships no implementation; this installs one so the
/// searchCriteria `regexp` condition works as it does on MySQL and PostgreSQL.
///
/// Case-insensitive, like MySQL's REGEXP under Magento's `_ci` collations. Matching is
/// `LinearRegex`'s Pike VM, so its cost is bounded by pattern size × subject length: a
/// backtracking engine could hold a reader forever on `(.*.*)*zz`. The pattern is compiled per
/// row: compiling is linear and small next to matching, and a cache would need shared state on
/// SQLite's worker threads.
enum SQLiteRegexp {
    static func install(on connection: SQLiteConnection) async throws {
        let function = SQLiteCustomFunction("regexp", argumentCount: 2, pure: true) { arguments in
            // SQLite calls regexp(pattern, subject) for `subject REGEXP pattern`.
            guard let pattern = arguments[0].string, let subject = arguments[1].string else {
                return nil as Int?
            }
            // Filters are checked before they reach SQL; an unreadable pattern matches nothing.
            guard let regex = try? LinearRegex(pattern) else { return 0 }
            return regex.matches(subject) ? 1 : 0
        }
        try await connection.install(customFunction: function)
    }
}
