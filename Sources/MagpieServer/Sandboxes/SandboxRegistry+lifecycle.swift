import CommerceDomain
import CommerceJobs
import CommerceStorage
import Foundation

extension SandboxRegistry {
    /// Copies the store, then assembles a service stack over the copy. Each sandbox signs its
    /// tokens with a key of its own, so a token taken in one is refused by every other.
    static func create(_ name: String, from snapshot: String?, settings: Settings, runsServices: Bool) async throws -> Sandbox {
        try FileManager.default.createDirectory(at: settings.folder, withIntermediateDirectories: true)
        let file = settings.folder.appendingPathComponent(name + ".sqlite")
        removeFiles(of: file)
        try await settings.snapshots.copy(snapshot, to: file)
        var configuration = settings.configuration
        configuration.database = file.path
        configuration.mediaDirectory = file.path + ".media"
        configuration.catalogProfile = nil
        configuration.seedDemo = false
        configuration.tokenSecretName = "jwt_hs256_sandbox_" + UUID().uuidString.lowercased()
        let app: MagpieApplication
        do {
            app = try await settings.make(configuration)
        } catch {
            removeFiles(of: file)
            throw error
        }
        let services = runsServices ? Task {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { try? await app.worker.run() }
                group.addTask { try? await app.webhooks.run() }
                group.addTask { try? await app.auditWriter.run() }
            }
        } : nil
        return Sandbox(app: app, snapshot: snapshot, file: file, lastUsed: settings.clock.now(), services: services)
    }

    /// Stops the sandbox's services, closes its storage and deletes its files.
    static func shutDown(_ sandbox: Sandbox) async {
        sandbox.services?.cancel()
        await sandbox.services?.value
        await sandbox.app.storage.close()
        removeFiles(of: sandbox.file)
    }

    static func removeFiles(of file: URL) {
        for suffix in ["", "-wal", "-shm", ".media"] {
            try? FileManager.default.removeItem(atPath: file.path + suffix)
        }
    }
}
