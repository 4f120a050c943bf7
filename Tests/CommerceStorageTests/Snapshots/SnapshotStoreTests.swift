import CommerceDomain
import CommerceStorage
import Foundation
import SQLKit
import Testing

@Suite("Snapshot store: save, restore, list and delete on every engine")
struct SnapshotStoreTests {
    /// A migrated database on `engine` with its snapshot store, removed afterwards.
    static func withStore(
        _ engine: TestEngine, _ body: @Sendable (Storage, SnapshotStore) async throws -> Void
    ) async throws {
        let database = try await TestDatabase.create(engine)
        let storage = try await database.open()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("magpie-snapshots-\(UUID().uuidString)")
        do {
            _ = try await storage.migrate()
            try await body(storage, SnapshotStore(storage: storage, directory: folder))
        } catch {
            await storage.close()
            try? FileManager.default.removeItem(at: folder)
            try await database.destroy()
            throw error
        }
        await storage.close()
        try? FileManager.default.removeItem(at: folder)
        try await database.destroy()
    }

    static func secrets(_ storage: Storage) async throws -> [String] {
        try await storage.provider.read { db in
            try await db.raw("SELECT name FROM magpie_secret ORDER BY name").all().map { try $0.decode(column: "name", as: String.self) }
        }
    }

    @Test("a restore puts back the rows saved and removes the rows written since", arguments: TestEngine.all)
    func restoreRows(engine: TestEngine) async throws {
        try await Self.withStore(engine) { storage, snapshots in
            _ = try await storage.secrets.secret(named: "kept", orStore: "1")
            let info = try await snapshots.save("one")
            #expect(info == SnapshotInfo(name: "one", createdAt: "2024-05-06 07:08:09"))
            _ = try await storage.secrets.secret(named: "later", orStore: "2")
            #expect(try await Self.secrets(storage) == ["kept", "later"])
            try await snapshots.restore("one")
            #expect(try await Self.secrets(storage) == ["kept"])
            #expect(try await snapshots.list() == [info])
        }
    }

    @Test("the search index is restored with the products", arguments: TestEngine.all)
    func searchIndexRestored(engine: TestEngine) async throws {
        try await Self.withStore(engine) { storage, snapshots in
            try await storage.seedCatalog(.small)
            try await snapshots.save("catalog")
            let before = try await Self.searchRows(storage)
            try await storage.provider.transaction { db in try await db.raw("DELETE FROM catalog_product").run() }
            #expect(try await Self.searchRows(storage) == 0)
            try await snapshots.restore("catalog")
            #expect(before > 0)
            #expect(try await Self.searchRows(storage) == before)
        }
    }

    static func searchRows(_ storage: Storage) async throws -> Int {
        let table = storage.provider.engine == .sqlite ? "catalog_product_fts" : "catalog_product_search"
        return try await storage.provider.read { db in
            try await db.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()?.decode(column: "n", as: Int.self) ?? -1
        }
    }

    @Test("unknown names are not found, bad names refused, deleted snapshots gone", arguments: TestEngine.all)
    func errors(engine: TestEngine) async throws {
        try await Self.withStore(engine) { _, snapshots in
            await #expect(throws: SnapshotError.notFound("none")) { try await snapshots.restore("none") }
            await #expect(throws: SnapshotError.invalidName("a b")) { try await snapshots.save("a b") }
            await #expect(throws: SnapshotError.invalidName(String(repeating: "x", count: 41))) {
                try await snapshots.save(String(repeating: "x", count: 41))
            }
            try await snapshots.save("gone")
            try await snapshots.delete("gone")
            #expect(try await snapshots.list() == [])
            await #expect(throws: SnapshotError.notFound("gone")) { try await snapshots.delete("gone") }
        }
    }
}
