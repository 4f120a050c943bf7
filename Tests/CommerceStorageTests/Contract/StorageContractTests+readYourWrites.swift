import CommerceStorage
import Foundation
import SQLKit
import Testing

extension StorageContractTests {
    /// A statement stepping through many rows over a table: it holds its connection's read
    /// snapshot between steps, long enough to overlap a write.
    static let slowRead = """
        WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000)
        SELECT x, (SELECT value FROM freshness WHERE id = 1) AS v FROM c
        """

    @Test("A read that starts after a commit sees it, even while other reads are running", arguments: TestEngine.all)
    func readsSeeEarlierCommits(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let provider = storage.provider
            try await provider.transaction { db in
                try await db.raw("CREATE TABLE freshness (id INTEGER PRIMARY KEY, value INTEGER NOT NULL)").run()
                try await db.raw("INSERT INTO freshness (id, value) VALUES (1, 1)").run()
            }
            for round in 2...4 {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    // Long reads hold every reader connection with a snapshot taken before the write.
                    for _ in 0..<4 {
                        group.addTask { _ = try await provider.read { db in try await db.raw("\(unsafeRaw: Self.slowRead)").all() } }
                    }
                    try await Task.sleep(for: .milliseconds(50))
                    try await provider.transaction { db in
                        try await db.raw("UPDATE freshness SET value = \(bind: round) WHERE id = 1").run()
                    }
                    let value = try await provider.read { db in
                        try await db.raw("SELECT value FROM freshness WHERE id = 1").first()?.decode(column: "value", as: Int.self)
                    }
                    #expect(value == round)
                    try await group.waitForAll()
                }
            }
        }
    }
}
