import CommerceStorage
import SQLKit

/// A one-table scratch schema for tests of the providers' transaction mechanics (shared
/// transactions, savepoints, group commit): rows of an id and a label.
enum ScratchRows {
    /// What a test's work throws to make its transaction roll back.
    struct Refused: Error {}

    static func create(on provider: any DatabaseProvider) async throws {
        try await provider.transaction { db in
            try await db.raw("CREATE TABLE scratch_rows (id INTEGER PRIMARY KEY, label TEXT NOT NULL)").run()
        }
    }

    /// Inserts one row in a transaction of its own (a savepoint inside a shared transaction).
    static func insert(_ id: Int, _ label: String, on provider: any DatabaseProvider) async throws {
        try await provider.transaction { db in try await insert(id, label, on: db) }
    }

    static func insert(_ id: Int, _ label: String, on db: any SQLDatabase) async throws {
        try await db.raw("INSERT INTO scratch_rows VALUES (\(bind: id), \(bind: label))").run()
    }

    /// The labels, in id order, as a read on `provider` sees them.
    static func labels(on provider: any DatabaseProvider) async throws -> [String] {
        try await provider.read { db in
            try await db.raw("SELECT label FROM scratch_rows ORDER BY id").all().map { try $0.decode(column: "label", as: String.self) }
        }
    }

    static func ids(on provider: any DatabaseProvider) async throws -> [Int] {
        try await provider.read { db in
            try await db.raw("SELECT id FROM scratch_rows ORDER BY id").all().map { try $0.decode(column: "id", as: Int.self) }
        }
    }
}
