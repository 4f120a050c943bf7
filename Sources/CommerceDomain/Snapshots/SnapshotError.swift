/// Why a snapshot could not be saved, restored or deleted.
public enum SnapshotError: Error, Sendable, Equatable {
    /// Names are 1 to 40 letters, digits, `_` or `-`.
    case invalidName(String)
    case notFound(String)
    /// The snapshot was saved by a different schema version than the database has now.
    case schemaMismatch(String)
    /// Sandboxes are SQLite files; a PostgreSQL server cannot create them.
    case needsSQLite
}
