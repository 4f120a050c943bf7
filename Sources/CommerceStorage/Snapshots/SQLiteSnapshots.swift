import CommerceDomain
import Foundation
import NIOFileSystem
import SQLKit

/// SQLite snapshots: one file per snapshot in a folder, written with `VACUUM INTO` (a consistent
/// copy, taken with the writer held) and restored by attaching the file and replacing every
/// table's rows in one write transaction. Readers run on WAL snapshots, so each sees the old
/// rows or the new, never a mix.
struct SQLiteSnapshots: Sendable {
    let provider: SQLiteProvider
    let directory: URL
    let clock: any CommerceClock

    static let attached = "magpie_snapshot"

    func file(_ name: String) -> URL {
        directory.appendingPathComponent(name + ".sqlite")
    }

    func save(_ name: String) async throws -> SnapshotInfo {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let target = file(name)
        let partial = directory.appendingPathComponent(".\(name)-\(UUID().uuidString).partial")
        do {
            try await provider.withIdleWriter { db in
                try await db.raw("VACUUM INTO \(bind: partial.path)").run()
            }
            let created = clock.now()
            try FileManager.default.setAttributes([.modificationDate: created], ofItemAtPath: partial.path)
            // rename(2) replaces an older snapshot of the name in one step.
            guard rename(partial.path, target.path) == 0 else {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            return SnapshotInfo(name: name, createdAt: MagentoTimestamp.string(from: created))
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
    }

    func restore(_ name: String) async throws {
        let source = file(name)
        guard FileManager.default.fileExists(atPath: source.path) else { throw SnapshotError.notFound(name) }
        try await provider.withIdleWriter { db in
            try await db.raw("ATTACH DATABASE \(bind: source.path) AS \(ident: Self.attached)").run()
            // The rows come from one consistent database: checking each foreign key while the
            // tables fill, in whatever order, would only trip over parents not copied yet.
            try await db.raw("PRAGMA foreign_keys = OFF").run()
            let outcome: Result<Void, any Error>
            do {
                try await db.raw("BEGIN IMMEDIATE").run()
                do {
                    try await SQLiteTableCopy.replaceMain(from: Self.attached, snapshot: name, on: db)
                    try await db.raw("COMMIT").run()
                    outcome = .success(())
                } catch {
                    try? await db.raw("ROLLBACK").run()
                    outcome = .failure(error)
                }
            } catch {
                outcome = .failure(error)
            }
            try await db.raw("PRAGMA foreign_keys = ON").run()
            try await db.raw("DETACH DATABASE \(ident: Self.attached)").run()
            try outcome.get()
        }
    }

    func copy(_ name: String?, to target: URL) async throws {
        try? FileManager.default.removeItem(at: target)
        guard let name else {
            try await provider.withIdleWriter { db in try await db.raw("VACUUM INTO \(bind: target.path)").run() }
            return
        }
        let source = file(name)
        guard FileManager.default.fileExists(atPath: source.path) else { throw SnapshotError.notFound(name) }
        try await FileSystem.shared.copyItem(at: FilePath(source.path), to: FilePath(target.path))
    }

    func list() throws -> [SnapshotInfo] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return try names.filter { $0.hasSuffix(".sqlite") && !$0.hasPrefix(".") }.sorted().map { entry in
            let attributes = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(entry).path)
            let created = attributes[.modificationDate] as? Date ?? Date(timeIntervalSince1970: 0)
            return SnapshotInfo(name: String(entry.dropLast(".sqlite".count)), createdAt: MagentoTimestamp.string(from: created))
        }
    }

    func delete(_ name: String) throws {
        let target = file(name)
        guard FileManager.default.fileExists(atPath: target.path) else { throw SnapshotError.notFound(name) }
        try FileManager.default.removeItem(at: target)
    }
}
