import Foundation
import Hummingbird
import Logging
import MagentoREST
import CommerceStorage
import MagpieServer
import Testing

/// A real Magpie server on loopback for the tests that need a socket: in-memory SQLite, no
/// catalog, rate limits off, the system clock, and quiet logs.
enum LiveServer {
    /// Serves on `port` (0: any free one) with `configure` applied, hands `body` the bound port,
    /// then stops the server and closes storage.
    static func run(
        port: Int = 0, extraEndpoints: [Endpoint] = [], configure: (inout ServerConfiguration) -> Void = { _ in },
        _ body: @escaping @Sendable (Int) async throws -> Void
    ) async throws {
        var configuration = ServerConfiguration(port: port, database: ":memory:", adminPassword: TestApp.adminPassword)
        configuration.catalogProfile = nil
        configuration.rateLimits.enabled = false
        configuration.mediaDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("magpie-live-\(UUID().uuidString)").path
        configure(&configuration)
        let magpie = try await MagpieApplication.prepare(
            configuration, hasher: FastTestHasher(), logger: Logger(label: "test"), extraEndpoints: extraEndpoints
        )
        let (started, running) = AsyncStream<Int>.makeStream()
        // Stopping the server by cancellation logs errors that say nothing about the test.
        var quiet = Logger(label: "test")
        quiet.logLevel = .critical
        let server = magpie.application(logger: quiet, runsWorker: false) { port in running.yield(port) }
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await server.run() }
                var ports = started.makeAsyncIterator()
                let bound = await ports.next() ?? 0
                if port != 0 { #expect(bound == port) }
                try await body(bound)
                group.cancelAll()
            }
        } catch {
            await magpie.storage.close()
            throw error
        }
        await magpie.storage.close()
    }
}
