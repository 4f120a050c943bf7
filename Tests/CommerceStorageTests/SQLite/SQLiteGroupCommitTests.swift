import CommerceStorage
import Foundation
import SQLKit
import Testing

/// Group commit on a SQLite file: concurrent transactions share commits, each answers only once
/// its writes are committed, and a failing one takes nothing of the others with it.
@Suite("SQLite group commit")
struct SQLiteGroupCommitTests {
    /// Fails the test instead of hanging it when `body` does not end within `seconds`. Generous:
    /// inside the whole suite, fsyncs queue behind every other test's and take far longer.
    private static func within(_ seconds: Int, _ body: @escaping @Sendable () async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask { try await body(); return true }
            group.addTask { try await Task.sleep(for: .seconds(seconds)); return false }
            let finished = try await group.next() ?? false
            group.cancelAll()
            #expect(finished, "did not finish within \(seconds) s")
        }
    }

    @Test("Concurrent transactions share commits; each returns its own value or error once committed")
    func concurrentTransactionsShareCommits() async throws {
        try await withNodes(.sqliteFile, count: 2) { nodes throws in
            let provider = try #require(nodes[0].provider as? SQLiteProvider)
            try await ScratchRows.create(on: provider)
            let before = provider.groupCommitCounts
            // A second provider on the same file: what it reads is what is on disk, committed.
            let outside = nodes[1]
            try await Self.within(180) {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for id in 1...80 {
                        group.addTask {
                            if id % 7 == 0 {
                                await #expect(throws: ScratchRows.Refused.self) {
                                    try await provider.transaction { db in
                                        try await ScratchRows.insert(id, "refused", on: db)
                                        throw ScratchRows.Refused()
                                    }
                                }
                                return
                            }
                            let value = try await provider.transaction { db in
                                try await ScratchRows.insert(id, "row \(id)", on: db)
                                return id * 2
                            }
                            #expect(value == id * 2)
                            // Answered means committed: another connection sees the row now.
                            let seen = try await outside.provider.read { db in
                                try await db.raw("SELECT label FROM scratch_rows WHERE id = \(bind: id)").first()?
                                    .decode(column: "label", as: String.self)
                            }
                            #expect(seen == "row \(id)")
                        }
                    }
                    try await group.waitForAll()
                }
            }
            let ids = try await ScratchRows.ids(on: provider)
            #expect(ids == (1...80).filter { $0 % 7 != 0 })
            let after = provider.groupCommitCounts
            let transactions = after.transactions - before.transactions
            let commits = after.commits - before.commits
            #expect(transactions == 80)
            #expect(commits < transactions, "\(transactions) transactions took \(commits) commits: none were shared")
        }
    }

    @Test("Shared transactions and pragma reads between grouped ones finish the open group first, and nothing hangs")
    func otherWriterUsesFinishTheGroup() async throws {
        try await withStorage(.sqliteFile, migrate: false) { storage throws in
            let provider = try #require(storage.provider as? SQLiteProvider)
            try await ScratchRows.create(on: provider)
            try await Self.within(180) {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for id in 1...45 {
                        group.addTask {
                            switch id % 3 {
                            case 0:
                                try await provider.sharedTransaction {
                                    try await ScratchRows.insert(id, "shared", on: provider)
                                }
                            case 1:
                                _ = try await provider.pragmaSnapshots()
                                try await ScratchRows.insert(id, "grouped", on: provider)
                            default:
                                try await ScratchRows.insert(id, "grouped", on: provider)
                            }
                        }
                    }
                    try await group.waitForAll()
                }
            }
            let count = try await ScratchRows.ids(on: provider).count
            #expect(count == 45)
        }
    }
}
