import CommerceDomain
import CommerceJobs
import CommerceStorage
import Foundation
import Logging
import ServiceLifecycle

extension SandboxRegistry {
    /// Copies the store, then assembles a service stack over the copy. Each sandbox signs its
    /// tokens with a key of its own, so a token taken in one is refused by every other.
    static func create(_ name: String, from snapshot: String?, settings: Settings, runsServices: Bool) async throws -> Sandbox {
        var logger = Logger(label: "magpie.sandbox")
        logger[metadataKey: "sandbox"] = .string(name)
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
        let services = runsServices ? ServiceGroup(configuration: .init(
            services: [.init(service: app.worker), .init(service: app.webhooks), .init(service: app.auditWriter)],
            logger: logger
        )) : nil
        let running = services.map { group in Task { _ = try? await group.run() } }
        return Sandbox(
            app: app, snapshot: snapshot, file: file, lastUsed: settings.clock.now(), services: services, running: running
        )
    }

    /// Stops the sandbox's services, closes its storage and deletes its files.
    static func shutDown(_ sandbox: Sandbox) async {
        // Gracefully: each loop ends its round (the audit writer flushes) instead of being cut off.
        await sandbox.services?.triggerGracefulShutdown()
        await sandbox.running?.value
        await sandbox.app.storage.close()
        removeFiles(of: sandbox.file)
    }

    static func removeFiles(of file: URL) {
        for suffix in ["", "-wal", "-shm", ".media"] {
            try? FileManager.default.removeItem(atPath: file.path + suffix)
        }
    }
}
