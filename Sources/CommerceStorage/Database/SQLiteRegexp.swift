import SQLiteNIO

/// SQLite parses `x REGEXP y` but ships no implementation; this installs one so the
/// searchCriteria `regexp` condition works as it does on MySQL and PostgreSQL.
///
/// Case-insensitive, like MySQL's REGEXP under Magento's `_ci` collations. The pattern is
/// compiled per row: `regexp` filters are rare, and a cache would need shared mutable state on
/// SQLite's worker threads.
enum SQLiteRegexp {
    static func install(on connection: SQLiteConnection) async throws {
        let function = SQLiteCustomFunction("regexp", argumentCount: 2, pure: true) { arguments in
            // SQLite calls regexp(pattern, subject) for `subject REGEXP pattern`.
            guard let pattern = arguments[0].string, let subject = arguments[1].string else {
                return nil as Int?
            }
            let regex = try Regex(pattern).ignoresCase()
            return subject.contains(regex) ? 1 : 0
        }
        try await connection.install(customFunction: function)
    }
}
