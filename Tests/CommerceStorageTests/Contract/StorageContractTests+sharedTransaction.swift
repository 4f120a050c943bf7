import CommerceDomain
import CommerceStorage
import Foundation
import SQLKit
import Testing

extension StorageContractTests {
    private static func makeTable(_ provider: any DatabaseProvider) async throws {
        try await provider.transaction { db in
            try await db.raw("CREATE TABLE shared_rows (id INTEGER PRIMARY KEY, label TEXT NOT NULL)").run()
        }
    }

    private static func labels(_ provider: any DatabaseProvider) async throws -> [String] {
        try await provider.read { db in
            try await db.raw("SELECT label FROM shared_rows ORDER BY id").all().map { try $0.decode(column: "label", as: String.self) }
        }
    }

    private struct Refused: Error {}

    @Test("A shared transaction: reads see its writes, a failing inner transaction rolls back alone, one commit keeps the rest",
          arguments: TestEngine.all)
    func sharedTransactionKeepsWhatSucceeded(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let provider = storage.provider
            try await Self.makeTable(provider)
            let seen = try await provider.sharedTransaction {
                try await provider.transaction { db in try await db.raw("INSERT INTO shared_rows VALUES (1, 'first')").run() }
                await #expect(throws: Refused.self) {
                    try await provider.transaction { db in
                        try await db.raw("INSERT INTO shared_rows VALUES (2, 'refused')").run()
                        throw Refused()
                    }
                }
                try await provider.transaction { db in try await db.raw("INSERT INTO shared_rows VALUES (3, 'third')").run() }
                // Inside, a read sees the uncommitted rows (it runs on the shared connection).
                return try await Self.labels(provider)
            }
            #expect(seen == ["first", "third"])
            #expect(try await Self.labels(provider) == ["first", "third"])
        }
    }

    @Test("A shared transaction that throws keeps nothing", arguments: TestEngine.all)
    func sharedTransactionThatThrowsKeepsNothing(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let provider = storage.provider
            try await Self.makeTable(provider)
            await #expect(throws: Refused.self) {
                try await provider.sharedTransaction {
                    try await provider.transaction { db in try await db.raw("INSERT INTO shared_rows VALUES (1, 'gone')").run() }
                    throw Refused()
                }
            }
            #expect(try await Self.labels(provider).isEmpty)
            // The provider is usable afterwards: the writer was released and the rollback complete.
            try await provider.transaction { db in try await db.raw("INSERT INTO shared_rows VALUES (1, 'after')").run() }
            #expect(try await Self.labels(provider) == ["after"])
        }
    }

    @Test("Until a shared transaction commits, other tasks do not see its writes",
          arguments: TestEngine.shared)
    func sharedTransactionIsInvisibleUntilCommitted(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let provider = storage.provider
            try await Self.makeTable(provider)
            try await provider.sharedTransaction {
                try await provider.transaction { db in try await db.raw("INSERT INTO shared_rows VALUES (1, 'pending')").run() }
                // A task outside the scope (no task-locals) reads from its own connection.
                let outside = try await Task.detached { try await Self.labels(provider) }.value
                #expect(outside.isEmpty)
            }
            #expect(try await Self.labels(provider) == ["pending"])
        }
    }

    @Test("A queued operation's applied mark is in its savepoint: kept with its writes, gone with a rollback",
          arguments: TestEngine.all)
    func appliedMarkFollowsTheSavepoint(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let provider = storage.provider
            try await Self.makeTable(provider)
            try await provider.sharedTransaction {
                try await OperationRun.$current.withValue(OperationRun(operationId: 901)) {
                    try await provider.transaction { db in try await db.raw("INSERT INTO shared_rows VALUES (1, 'applied')").run() }
                }
                await OperationRun.$current.withValue(OperationRun(operationId: 902)) {
                    await #expect(throws: Refused.self) {
                        try await provider.transaction { _ in throw Refused() }
                    }
                }
                // Applying 901 again in the same shared transaction is refused by its mark.
                await OperationRun.$current.withValue(OperationRun(operationId: 901)) {
                    await #expect(throws: OperationAlreadyApplied.self) {
                        try await provider.transaction { db in try await db.raw("INSERT INTO shared_rows VALUES (2, 'twice')").run() }
                    }
                }
            }
            let marks = try await provider.read { db in
                try await db.raw("SELECT operation_id FROM magpie_operation_applied ORDER BY operation_id").all()
                    .map { try $0.decode(column: "operation_id", as: Int.self) }
            }
            #expect(marks == [901])
            #expect(try await Self.labels(provider) == ["applied"])
        }
    }
}
