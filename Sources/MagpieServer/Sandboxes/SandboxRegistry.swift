import CommerceDomain
import CommerceStorage
import Foundation
import ServiceLifecycle

/// The isolated stores of one server, by name. Each is a whole service stack (storage, responder
/// with its own tokens and rate limits, queue worker, webhooks, clock, faults) over a SQLite file
/// of its own, created on a request's first use from a snapshot, or from the main store as it is
/// then; at most `limit` at once; deleted after `idleSeconds` without a request, by the main
/// store's clock (so a test can make one expire by advancing it).
public actor SandboxRegistry: SandboxManaging, Service {
    struct Sandbox: Sendable {
        let app: MagpieApplication
        let snapshot: String?
        let file: URL
        var lastUsed: Date
        /// The sandbox's queue worker, webhook deliverer and audit writer, when the server runs them.
        let services: ServiceGroup?
        let running: Task<Void, Never>?
    }

    enum Slot {
        case creating(Task<Sandbox, any Error>)
        case ready(Sandbox)
    }

    struct Settings: Sendable {
        var folder: URL
        var limit: Int
        var idleSeconds: TimeInterval
        /// The main store's clock: idle time is measured on it.
        var clock: any CommerceClock
        var snapshots: SnapshotStore
        /// The main server's configuration, which each sandbox's starts from.
        var configuration: ServerConfiguration
        var make: @Sendable (ServerConfiguration) async throws -> MagpieApplication

        /// Sandboxes under `<snapshotFolder>/sandboxes`, sharing the main store's snapshots.
        init(
            _ main: ServerConfiguration, snapshotFolder: URL, clock: any CommerceClock, snapshots: SnapshotStore,
            make: @escaping @Sendable (ServerConfiguration) async throws -> MagpieApplication
        ) {
            folder = snapshotFolder.appendingPathComponent("sandboxes")
            limit = main.sandboxLimit
            idleSeconds = main.sandboxIdleSeconds
            self.clock = clock
            self.snapshots = snapshots
            configuration = main
            configuration.snapshotDirectory = snapshotFolder.path
            self.make = make
        }
    }

    private var slots: [String: Slot] = [:]
    private var runsServices = false
    let settings: Settings

    init(_ settings: Settings) {
        self.settings = settings
    }

    /// The sandbox named `name`, created from snapshot `snapshot` (nil: a copy of the main store)
    /// if it does not exist yet. Concurrent first requests share one creation.
    public func application(named name: String, from snapshot: String?) async throws -> MagpieApplication {
        guard SnapshotStore.isValidName(name) else { throw SandboxError.invalidName(name) }
        await evictIdle()
        switch slots[name] {
        case .ready(var sandbox)?:
            sandbox.lastUsed = settings.clock.now()
            slots[name] = .ready(sandbox)
            return sandbox.app
        case .creating(let task)?:
            return try await task.value.app
        case nil:
            guard slots.count < settings.limit else { throw SandboxError.limitReached(settings.limit) }
            let task = Task { [settings, runsServices] in try await Self.create(name, from: snapshot, settings: settings, runsServices: runsServices) }
            slots[name] = .creating(task)
            do {
                let sandbox = try await task.value
                if case .creating? = slots[name] { slots[name] = .ready(sandbox) }
                return sandbox.app
            } catch {
                slots[name] = nil
                throw error
            }
        }
    }

    public func list() -> [SandboxInfo] {
        slots.compactMap { name, slot in
            guard case .ready(let sandbox) = slot else { return nil }
            return SandboxInfo(name: name, snapshot: sandbox.snapshot, lastUsedAt: MagentoTimestamp.string(from: sandbox.lastUsed))
        }.sorted { $0.name < $1.name }
    }

    public func delete(_ name: String) async throws {
        guard let slot = slots.removeValue(forKey: name) else { throw SandboxError.notFound(name) }
        switch slot {
        case .ready(let sandbox): await Self.shutDown(sandbox)
        case .creating(let task): if let sandbox = try? await task.value { await Self.shutDown(sandbox) }
        }
    }

    /// Deletes the sandboxes idle for longer than the limit.
    public func evictIdle() async {
        let cutoff = settings.clock.now().addingTimeInterval(-settings.idleSeconds)
        let idle = slots.compactMap { name, slot -> String? in
            guard case .ready(let sandbox) = slot, sandbox.lastUsed < cutoff else { return nil }
            return name
        }
        for name in idle { try? await delete(name) }
    }

    /// Deletes every sandbox (at shutdown).
    public func closeAll() async {
        for name in Array(slots.keys) { try? await delete(name) }
    }

    /// While the server runs: sandboxes created from now on run their own queue worker, webhooks
    /// and audit writer; idle ones are swept twice a minute; all are deleted at shutdown.
    public func run() async throws {
        runsServices = true
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            // Ended early by a graceful shutdown, which would otherwise wait out the sleep.
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(30)) }
            await evictIdle()
        }
        await closeAll()
    }
}

extension SandboxRegistry: CustomStringConvertible {
    public nonisolated var description: String { "SandboxRegistry" }
}
