import CommerceDomain
import CommerceJobs
import CommerceStorage
import Foundation
import Hummingbird
import Logging
import MagentoREST
import MagpieConsole
import ServiceLifecycle
import UnixSignals
import UnixSignals

/// Builds the running server from a configuration: storage, services, the endpoint table.
public struct MagpieApplication: Sendable {
    public let storage: Storage
    public let responder: MagentoResponder
    /// The endpoint table the responder serves (tests generate checks from it).
    public let endpoints: [Endpoint]
    public let configuration: ServerConfiguration
    /// Consumes the async and bulk operation queue.
    public let worker: OperationWorker
    /// Turns outbox events into signed webhook deliveries.
    public let webhooks: WebhookDeliverer
    /// Writes buffered audit records to the database.
    public let auditWriter: AuditWriter
    /// Set when this start created the admin account.
    public let createdAdmin: AdminBootstrap.Created?
    /// The clock every service reads; `/V1/magpie/clock` freezes and moves it.
    public let clock: AdjustableClock
    /// Named copies of the whole store (`/V1/magpie/snapshots`, `magpie snapshot`).
    public let snapshots: ServerSnapshots
    /// The sandboxes requests name with `X-Magpie-Sandbox`; nil inside a sandbox.
    public let sandboxes: SandboxRegistry?
    /// The web console at `/admin` (and `/swagger`).
    public let console: ConsoleResponder

    /// Opens storage, migrates, seeds a new database, and assembles the responder.
    /// `extraEndpoints` are a deployment's own routes, served and guarded like Magento's.
    public static func prepare(
        _ configuration: ServerConfiguration,
        clock baseClock: any CommerceClock = SystemClock(),
        hasher: any PasswordHasher = BcryptPasswordHasher(),
        policy: AuthenticationPolicy? = nil,
        logger: Logger,
        extraEndpoints: [Endpoint] = [],
        webhookTransport: any WebhookTransport = HTTPWebhookTransport(),
        hostsSandboxes: Bool = true
    ) async throws -> MagpieApplication {
        let faults = FaultInjector(plan: try configuration.faultPlan())
        let clock = AdjustableClock(base: baseClock)
        let storage = try await Storage.open(
            DatabaseLocation(parsing: configuration.database), clock: clock,
            statementTimeoutMilliseconds: configuration.statementTimeoutMilliseconds, logger: logger
        )
        do {
            _ = try await storage.migrate()
            let isNew = try await storage.adminUsers.count() == 0
            // bcrypt is slow on purpose (a tenth of a second a hash): the demo customers' one runs
            // beside the seeding instead of after it, which shortens a cold start.
            async let demoCustomerHash = Self.demoCustomerPasswordHash(
                needed: isNew && configuration.catalogProfile != nil, hasher: hasher
            )
            if isNew, configuration.seedDemo {
                try await storage.seedDemoStores()
                try await storage.seedDemoPromotions()
            }
            if isNew, let name = configuration.catalogProfile {
                try await storage.seedCatalog(try Self.profile(named: name))
                let passwordHash: String
                if let precomputed = try await demoCustomerHash {
                    passwordHash = precomputed
                } else {
                    passwordHash = try await hasher.hash(DemoCustomers.password)
                }
                try await storage.seedDemoCustomers(passwordHash: passwordHash)
                if configuration.seedDemo { try await storage.seedDemoOrders() }
            }
            let createdAdmin = try await AdminBootstrap.ensureAdmin(
                username: configuration.adminUser, password: configuration.adminPassword,
                users: storage.adminUsers, hasher: hasher
            )
            let secret = try await storage.secrets.secret(named: configuration.tokenSecretName, orStore: Self.randomSecret())
            let tokens = RevocationCheckingTokenIssuer(await JWTTokenIssuer(secret: secret, clock: clock), customers: storage.customers)
            let adminTokens = AdminTokenService(
                users: storage.adminUsers, throttle: storage.loginThrottle, hasher: hasher,
                tokens: tokens, clock: clock,
                policy: policy ?? AuthenticationPolicy(adminTokenLifetime: configuration.adminTokenLifetimeMinutes * 60)
            )
            let twoFactor = try await TwoFactorAdmin.service(storage: storage, adminTokens: adminTokens, clock: clock)
            let audit = AuditBuffer()
            let metrics = MagpieMetrics()
            let stores = try await StoreDirectory.load(from: storage.stores)
            let media = FileMediaStorage(directory: configuration.mediaDirectory)
            let gate = StateGate()
            let restoreHooks = RestoreHooks()
            let snapshotFolder = configuration.snapshotFolder()
            let snapshotStore = SnapshotStore(storage: storage, directory: snapshotFolder)
            let snapshots = ServerSnapshots(store: snapshotStore, gate: gate, storage: storage, hooks: restoreHooks)
            let sandboxes = hostsSandboxes ? SandboxRegistry(.init(
                configuration, snapshotFolder: snapshotFolder, clock: clock, snapshots: snapshotStore
            ) { sandboxConfiguration in
                try await MagpieApplication.prepare(
                    sandboxConfiguration, clock: baseClock, hasher: hasher, policy: policy, logger: logger,
                    extraEndpoints: extraEndpoints, webhookTransport: webhookTransport, hostsSandboxes: false
                )
            }) : nil
            let endpoints = EndpointCatalog.all(
                adminTokens: adminTokens, twoFactor: twoFactor, storage: storage, erpSecret: configuration.erpSecret,
                stock: StockConfiguration(stores, storeId: 0), media: media, callback: webhookTransport, faults: faults,
                downloadableFiles: FileMediaStorage(directory: configuration.mediaDirectory, folder: ["downloadable", "files"])
            )
                + ClockRoutes(clock: clock).endpoints
                + SnapshotRoutes(snapshots: snapshots).endpoints
                + (sandboxes.map { SandboxRoutes(sandboxes: $0).endpoints } ?? [])
                + extraEndpoints
            var settings = RESTSettings(
                baseURL: configuration.baseURL(), host: "\(configuration.host):\(configuration.port)",
                integrationTokensAsBearer: configuration.integrationTokensAsBearer
            )
            settings.enforceSecureRoutes = configuration.enforceSecureRoutes
            settings.largeBodyBytes = configuration.connectionLimits.largeBodyBytes
            settings.concurrentLargeBodies = configuration.connectionLimits.concurrentLargeBodies
            let graphQL = try await GraphQLComposition.endpoint(
                storage: storage, stores: stores, settings: settings, adminTokens: adminTokens, stock: StockConfiguration(stores, storeId: 0)
            )
            let responder = MagentoResponder(
                endpoints: endpoints,
                stores: stores,
                tokens: tokens, bulks: storage.bulks, idempotency: storage.idempotency, audit: configuration.auditEnabled ? audit : nil, metrics: metrics,
                integrations: storage.integrations, health: storage, media: media,
                rateLimits: configuration.rateLimits, faults: faults, mounted: [graphQL], clock: clock, gate: gate,
                settings: settings
            )
            restoreHooks.add { responder.dropCaches() }
            let console = try await ConsoleComposition.console(
                configuration, storage: storage, responder: responder, endpoints: endpoints, metrics: metrics, clock: clock
            )
            return MagpieApplication(
                storage: storage, responder: responder, endpoints: endpoints, configuration: configuration,
                worker: {
                    var worker = OperationWorker(bulks: storage.bulks, responder: responder, clock: clock, logger: logger)
                    worker.metrics = metrics
                    worker.lease = configuration.operationLeaseSeconds
                    worker.gate = gate
                    return worker
                }(),
                webhooks: {
                    var deliverer = WebhookDeliverer(
                        webhooks: storage.webhooks, transport: webhookTransport, clock: clock, logger: logger,
                        maxAttempts: configuration.webhookMaxAttempts, backoffBase: configuration.webhookBackoffSeconds
                    )
                    deliverer.onAttempt = { delivered in metrics.webhookAttempt(delivered: delivered) }
                    deliverer.gate = gate
                    return deliverer
                }(),
                auditWriter: AuditWriter(
                    buffer: audit, log: storage.audit, clock: clock, logger: logger,
                    retentionDays: configuration.auditRetentionDays
                ),
                createdAdmin: createdAdmin, clock: clock, snapshots: snapshots, sandboxes: sandboxes, console: console
            )
        } catch {
            await storage.close()
            throw error
        }
    }

    /// The Hummingbird application serving the responder, with the operation worker as a service
    /// unless `runsWorker` is false (tests drain the queue themselves, deterministically).
    public func application(
        logger: Logger, runsWorker: Bool = true, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> Application<MagpieResponder> {
        Application(
            responder: MagpieResponder(main: responder, sandboxes: sandboxes, console: console),
            server: configuration.connectionLimits.server,
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "Magpie",
                availableConnectionsDelegate: configuration.connectionLimits.connectionGate
            ),
            services: runsWorker ? [worker, webhooks, auditWriter] + (sandboxes.map { [$0] } ?? []) : [],
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: logger
        )
    }

    private static func demoCustomerPasswordHash(needed: Bool, hasher: any PasswordHasher) async throws -> String? {
        needed ? try await hasher.hash(DemoCustomers.password) : nil
    }

    static func randomSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }.lowercaseHex
    }
}

extension MagpieApplication {
    /// Serves until SIGTERM or SIGINT, then finishes in-flight requests and closes storage.
    /// Statements still running `shutdownGrace` after the signal are cancelled, so a long query
    /// cannot hold the process: its request fails and the server exits.
    public func serve(logger: Logger, onServerRunning: @escaping @Sendable (Int) async -> Void) async throws {
        let app = application(logger: logger, onServerRunning: onServerRunning)
        let signals = await UnixSignalsSequence(trapping: .sigterm, .sigint)
        let provider = storage.provider
        let grace = configuration.shutdownGrace
        let canceller = Task {
            for await _ in signals {
                // Keeps cancelling until the server has stopped: a request may start another
                // long statement after its first one was cancelled.
                while !Task.isCancelled {
                    try? await Task.sleep(for: grace)
                    guard !Task.isCancelled else { return }
                    logger.notice("Cancelling statements still running at shutdown")
                    await provider.cancelRunningStatements()
                }
                return
            }
        }
        do {
            try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
        } catch {
            canceller.cancel()
            await sandboxes?.closeAll()
            await storage.close()
            throw error
        }
        canceller.cancel()
        await sandboxes?.closeAll()
        await storage.close()
    }

    /// `magpie worker`: the operation worker and the webhook deliverer without the HTTP server, until
    /// SIGTERM/SIGINT. Any number of workers may share one database (claims are leased).
    public func runWorkers(logger: Logger) async throws {
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: worker), .init(service: webhooks)],
            gracefulShutdownSignals: [.sigterm, .sigint], logger: logger
        ))
        do {
            try await group.run()
        } catch {
            await storage.close()
            throw error
        }
        await storage.close()
    }

    /// `magpie seed`: migrates, then seeds the profile's catalog if the database has no products.
    /// Returns the number of products written (0 when the catalog was not empty).
    public static func seed(_ configuration: ServerConfiguration, profile: String, logger: Logger) async throws -> Int {
        let storage = try await Storage.open(
            DatabaseLocation(parsing: configuration.database), clock: SystemClock(), logger: logger
        )
        do {
            _ = try await storage.migrate()
            try await storage.seedDemoStores()
            try await storage.seedDemoPromotions()
            let written = try await storage.seedCatalog(try Self.profile(named: profile))
            try await storage.seedDemoCustomers(passwordHash: try await BcryptPasswordHasher().hash(DemoCustomers.password))
            await storage.close()
            return written
        } catch {
            await storage.close()
            throw error
        }
    }

    static func profile(named name: String) throws -> DemoCatalog.Profile {
        guard let profile = DemoCatalog.Profile(rawValue: name) else {
            throw ConfigurationError("Unknown catalog profile \"\(name)\"; use one of \(DemoCatalog.Profile.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return profile
    }

    /// Applies pending migrations and returns their ids (`magpie migrate`).
    public static func migrate(_ configuration: ServerConfiguration, logger: Logger) async throws -> [String] {
        let storage = try await Storage.open(
            DatabaseLocation(parsing: configuration.database), clock: SystemClock(), logger: logger
        )
        do {
            let applied = try await storage.migrate()
            await storage.close()
            return applied
        } catch {
            await storage.close()
            throw error
        }
    }
}
