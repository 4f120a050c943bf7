import CommerceStorage
import Foundation
import SQLKit
import Testing

/// What only the SQLite provider promises: its pragmas, and writers that queue.
@Suite("SQLite provider")
struct SQLiteProviderTests {
    @Test("Every file connection runs in WAL with synchronous FULL, foreign keys and a busy timeout")
    func fileConnectionsHoldTheirPragmas() async throws {
        try await withStorage(.sqliteFile, migrate: false) { storage throws in
            let provider = try #require(storage.provider as? SQLiteProvider)
            let snapshots = try await provider.pragmaSnapshots()
            #expect(snapshots.count == 1 + SQLiteProvider.defaultReaderCount)
            #expect(snapshots.allSatisfy {
                $0 == SQLitePragmaSnapshot(journalMode: "wal", foreignKeys: 1, busyTimeout: 5_000, synchronous: 2)
            })
        }
    }

    @Test("An in-memory database keeps synchronous FULL and foreign keys")
    func memoryConnectionHoldsItsPragmas() async throws {
        try await withStorage(.sqliteMemory, migrate: false) { storage throws in
            let provider = try #require(storage.provider as? SQLiteProvider)
            #expect(try await provider.pragmaSnapshots() == [
                SQLitePragmaSnapshot(journalMode: "memory", foreignKeys: 1, busyTimeout: 5_000, synchronous: 2),
            ])
        }
    }

    @Test("Reader connections refuse to write")
    func readersRefuseWrites() async throws {
        try await withStorage(.sqliteFile) { storage throws in
            await #expect(throws: (any Error).self) {
                try await storage.provider.read { db in
                    try await db.raw("INSERT INTO magpie_secret (name, value) VALUES ('a', 'b')").run()
                }
            }
        }
    }

    @Test("Concurrent read-modify-write transactions never lose an update", arguments: [TestEngine.sqliteFile, .sqliteMemory])
    func concurrentWritesSerialize(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let provider = storage.provider
            try await provider.transaction { db in
                try await db.raw("INSERT INTO magpie_secret (name, value) VALUES ('counter', '0')").run()
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<40 {
                    group.addTask {
                        try await provider.transaction { db in
                            let row = try await db.raw("SELECT value FROM magpie_secret WHERE name = 'counter'").first()
                            let value = Int(try row?.decode(column: "value", as: String.self) ?? "") ?? -1
                            // Yield inside the transaction so unserialized writers would interleave here.
                            await Task.yield()
                            try await db.raw("UPDATE magpie_secret SET value = \(bind: String(value + 1)) WHERE name = 'counter'").run()
                        }
                    }
                }
                try await group.waitForAll()
            }
            let final = try await provider.read { db in
                try await db.raw("SELECT value FROM magpie_secret WHERE name = 'counter'").first()?.decode(column: "value", as: String.self)
            }
            #expect(final == "40")
        }
    }

    @Test("A second node waits past busy_timeout for the write lock instead of failing busy")
    func aSecondNodeOutwaitsTheBusyTimeout() async throws {
        try await withNodes(.sqliteFile, count: 2) { nodes throws in
            try await nodes[0].migrate()
            let (held, holding) = AsyncStream<Void>.makeStream()
            async let holder: Void = nodes[0].provider.transaction { db in
                try await db.raw("INSERT INTO magpie_secret (name, value) VALUES ('holder', 'x')").run()
                holding.yield()
                // Longer than the 5 s busy_timeout: one BEGIN IMMEDIATE alone would give up.
                try await Task.sleep(for: .milliseconds(6_500))
            }
            var waiting = held.makeAsyncIterator()
            _ = await waiting.next()
            let value = try await nodes[1].secrets.secret(named: "jwt", orStore: "second")
            try await holder
            #expect(value == "second")
        }
    }

    @Test("Readers see what a transaction committed")
    func readersSeeCommittedWrites() async throws {
        try await withStorage(.sqliteFile) { storage throws in
            _ = try await storage.secrets.secret(named: "jwt", orStore: "value")
            for _ in 0..<SQLiteProvider.defaultReaderCount {
                let value = try await storage.provider.read { db in
                    try await db.raw("SELECT value FROM magpie_secret WHERE name = 'jwt'").first()?.decode(column: "value", as: String.self)
                }
                #expect(value == "value")
            }
        }
    }
}
