import CommerceDomain
import CommerceStorage
import Foundation
import Hummingbird
import Logging
import MagentoClient
import MagentoREST
import MagpieServer
import ServiceLifecycle
import Synchronization

/// A real Magpie listening on 127.0.0.1 (an ephemeral port) over in-memory SQLite, with its
/// operation worker running, for driving with the SDK over real sockets.
struct LiveMagpie: Sendable {
    static let adminPassword = "magpie-sdk-123"

    let baseURL: String
    let clock: MovableClock
    let application: MagpieApplication

    /// Starts a server, runs `body`, then shuts the server down and closes its storage.
    static func run(
        catalog: String? = nil,
        _ body: @escaping @Sendable (LiveMagpie) async throws -> Void
    ) async throws {
        var configuration = ServerConfiguration(port: 0, database: ":memory:", adminPassword: adminPassword)
        configuration.catalogProfile = catalog
        configuration.rateLimits.enabled = false
        configuration.auditEnabled = false
        configuration.mediaDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("magpie-sdk-media-\(UUID().uuidString)").path
        let clock = MovableClock()
        var logger = Logger(label: "sdk-test")
        logger.logLevel = .warning
        let magpie = try await MagpieApplication.prepare(configuration, clock: clock, hasher: PlainTestHasher(), logger: logger)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = magpie.application(logger: logger, runsWorker: true) { port in continuation.yield(port) }
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        do {
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await group.run() }
                var iterator = ports.makeAsyncIterator()
                guard let port = await iterator.next() else { throw CancellationError() }
                let live = LiveMagpie(baseURL: "http://127.0.0.1:\(port)", clock: clock, application: magpie)
                do {
                    try await body(live)
                } catch {
                    await group.triggerGracefulShutdown()
                    throw error
                }
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
            }
        } catch {
            await magpie.storage.close()
            throw error
        }
        await magpie.storage.close()
    }

    /// How long one request may take in these tests. The whole suite runs in one process, every
    /// test at once, on as few as two cores: a CI run has seen a batch of 260 saves take minutes,
    /// and the SDK's 30 s default then failed a save that was only slow. These tests check what
    /// the server answers, not how fast (benchmarks do that), so a stall must not fail them.
    static let requestTimeout = Duration.seconds(180)

    /// An SDK client for this server as the bootstrap admin.
    func adminClient(retry: RetryPolicy = RetryPolicy(maximumAttempts: 3, baseDelay: .milliseconds(20))) -> MagentoClient {
        MagentoClient(MagentoClientConfiguration(
            baseURL: baseURL, credentials: .admin(username: "admin", password: Self.adminPassword),
            requestTimeout: Self.requestTimeout, retry: retry
        ))
    }
}

/// Wall-clock time plus an offset the test can move forward (to expire tokens).
final class MovableClock: CommerceClock {
    private let offset = Mutex<TimeInterval>(0)

    func now() -> Date { Date().addingTimeInterval(offset.withLock { $0 }) }

    func advance(by seconds: TimeInterval) {
        offset.withLock { $0 += seconds }
    }
}

/// A fast stand-in for bcrypt.
struct PlainTestHasher: PasswordHasher {
    func hash(_ password: String) async throws -> String { "plain:" + password }
    func verify(_ password: String, against hash: String) async throws -> Bool { hash == "plain:" + password }
}
