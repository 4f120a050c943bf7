import ArgumentParser
import Foundation
import Logging
import MagpieServer

/// `magpie serve`: migrate, seed a new database, then answer the Magento REST API until SIGTERM/SIGINT.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start the Magento-compatible REST server.")

    @OptionGroup var options: ServerOptions

    @Option(help: "A JSON file of fault rules to inject from the start (MAGPIE_FAULTS); see docs/fault-injection.md.")
    var faults: String?

    @Flag(help: "Keep the database in a temporary folder removed at exit: a throwaway store for a test run.")
    var ephemeral = false

    func run() async throws {
        var configuration = options.configuration()
        if let faults { configuration.faultsFile = faults }
        let temporary = ephemeral ? try EphemeralDatabase.make(for: &configuration) : nil
        defer { temporary?.remove() }
        let level = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? .info
        if ProcessInfo.processInfo.environment["MAGPIE_LOG_FORMAT"] == "json" { JSONLogHandler.bootstrap(level: level) }
        var logger = Logger(label: "magpie")
        logger.logLevel = level
        let started = ContinuousClock.now
        let magpie = try await MagpieApplication.prepare(configuration, logger: logger)
        try await magpie.serve(logger: logger) { [configuration] port in
            let banner = StartupBanner.text(
                baseURL: configuration.baseURL(boundPort: port), adminUser: configuration.adminUser,
                created: magpie.createdAdmin, startup: ContinuousClock.now - started
            )
            // Unbuffered, so scripts reading a piped log see the line at once.
            FileHandle.standardOutput.write(Data((banner + "\n").utf8))
        }
    }
}
