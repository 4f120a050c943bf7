import CommerceStorage
import SQLKit
import Testing

extension StorageContractTests {
    @Test("Migrating records every migration with its time", arguments: TestEngine.all)
    func migratingRecordsEveryMigration(engine: TestEngine) async throws {
        try await withStorage(engine, migrate: false) { storage throws in
            let applied = try await storage.migrate()
            #expect(applied == Migrations.all.map(\.id))
            let rows = try await storage.provider.read { db in
                try await db.raw("SELECT id, applied_at FROM magpie_migration ORDER BY id").all()
            }
            #expect(try rows.map { try $0.decode(column: "id", as: String.self) } == Migrations.all.map(\.id))
            #expect(try rows.first?.decode(column: "applied_at", as: String.self) == "2024-05-06 07:08:09")
        }
    }

    @Test("Migrating again applies nothing and keeps the data", arguments: TestEngine.all)
    func migratingAgainAppliesNothing(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            #expect(try await storage.migrate().isEmpty)
            #expect(try await storage.stores.views().count == 2)
        }
    }

    @Test("Several nodes migrating one database together apply each migration once", arguments: TestEngine.shared)
    func concurrentMigrationsApplyOnce(engine: TestEngine) async throws {
        try await withNodes(engine, count: 3) { nodes throws in
            let applied = try await withThrowingTaskGroup(of: [String].self) { group in
                for node in nodes { group.addTask { try await node.migrate() } }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            #expect(applied.sorted() == Migrations.all.map(\.id).sorted())
            #expect(try await nodes[0].stores.websites().count == 2)
        }
    }
}
