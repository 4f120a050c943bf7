import SQLKit

/// The SQL engine behind a `DatabaseProvider`; repositories branch on it only for the rare
/// statements the two dialects spell differently.
public enum DatabaseEngine: Sendable {
    case sqlite
    case postgres
}

extension DatabaseEngine {
    /// The engine behind a connection, from SQLKit's dialect name.
    init(dialectOf db: any SQLDatabase) {
        self = db.dialect.name == "sqlite" ? .sqlite : .postgres
    }
}
