import CommerceDomain
import CommerceStorage
import Foundation
import SQLKit
import Testing

extension StorageContractTests {
    @Test("A shared transaction: reads see its writes, a failing inner transaction rolls back alone, one commit keeps the rest",
          arguments: TestEngine.all)
    func sharedTransactionKeepsWhatSucceeded(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let provider = storage.provider
            try await ScratchRows.create(on: provider)
            let seen = try await provider.sharedTransaction {
                try await ScratchRows.insert(1, "first", on: provider)
                await #expect(throws: ScratchRows.Refused.self) {
                    try await provider.transaction { db in
                        try await ScratchRows.insert(2, "refused", on: db)
                        throw ScratchRows.Refused()
                    }
                }
                try await ScratchRows.insert(3, "third", on: provider)
                // Inside, a read sees the uncommitted rows (it runs on the shared connection).
                return try await ScratchRows.labels(on: provider)
            }
            #expect(seen == ["first", "third"])
            #expect(try await ScratchRows.labels(on: provider) == ["first", "third"])
        }
    }

    @Test("A shared transaction that throws keeps nothing", arguments: TestEngine.all)
    func sharedTransactionThatThrowsKeepsNothing(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let provider = storage.provider
            try await ScratchRows.create(on: provider)
            await #expect(throws: ScratchRows.Refused.self) {
                try await provider.sharedTransaction {
                    try await ScratchRows.insert(1, "gone", on: provider)
                    throw ScratchRows.Refused()
                }
            }
            #expect(try await ScratchRows.labels(on: provider).isEmpty)
            // The provider is usable afterwards: the writer was released and the rollback complete.
            try await ScratchRows.insert(1, "after", on: provider)
            #expect(try await ScratchRows.labels(on: provider) == ["after"])
        }
    }

    @Test("Until a shared transaction commits, other tasks do not see its writes",
          arguments: TestEngine.shared)
    func sharedTransactionIsInvisibleUntilCommitted(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let provider = storage.provider
            try await ScratchRows.create(on: provider)
            try await provider.sharedTransaction {
                try await ScratchRows.insert(1, "pending", on: provider)
                // A task outside the scope (no task-locals) reads from its own connection.
                let outside = try await Task.detached { try await ScratchRows.labels(on: provider) }.value
                #expect(outside.isEmpty)
            }
            #expect(try await ScratchRows.labels(on: provider) == ["pending"])
        }
    }

    @Test("A queued operation's applied mark is in its savepoint: kept with its writes, gone with a rollback",
          arguments: TestEngine.all)
    func appliedMarkFollowsTheSavepoint(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let provider = storage.provider
            try await ScratchRows.create(on: provider)
            try await provider.sharedTransaction {
                try await OperationRun.$current.withValue(OperationRun(operationId: 901)) {
                    try await ScratchRows.insert(1, "applied", on: provider)
                }
                await OperationRun.$current.withValue(OperationRun(operationId: 902)) {
                    await #expect(throws: ScratchRows.Refused.self) {
                        try await provider.transaction { _ in throw ScratchRows.Refused() }
                    }
                }
                // Applying 901 again in the same shared transaction is refused by its mark.
                await OperationRun.$current.withValue(OperationRun(operationId: 901)) {
                    await #expect(throws: OperationAlreadyApplied.self) {
                        try await ScratchRows.insert(2, "twice", on: provider)
                    }
                }
            }
            let marks = try await provider.read { db in
                try await db.raw("SELECT operation_id FROM magpie_operation_applied ORDER BY operation_id").all()
                    .map { try $0.decode(column: "operation_id", as: Int.self) }
            }
            #expect(marks == [901])
            #expect(try await ScratchRows.labels(on: provider) == ["applied"])
        }
    }
}
