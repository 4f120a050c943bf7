import ArgumentParser
import Foundation
import Logging
import MagpieServer

/// `magpie worker`: apply queued async/bulk operations and deliver webhooks, with no HTTP server.
struct Worker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the operation worker and webhook delivery without serving HTTP (share the database with `serve`)."
    )

    @OptionGroup var options: ServerOptions

    func run() async throws {
        var configuration = options.configuration()
        // A worker never seeds: it joins a database a server created.
        configuration.seedDemo = false
        configuration.catalogProfile = nil
        let level = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? .info
        if ProcessInfo.processInfo.environment["MAGPIE_LOG_FORMAT"] == "json" { JSONLogHandler.bootstrap(level: level) }
        var logger = Logger(label: "magpie-worker")
        logger.logLevel = level
        let magpie = try await MagpieApplication.prepare(configuration, logger: logger)
        logger.info("Worker running", metadata: ["database": "\(configuration.database)"])
        try await magpie.runWorkers(logger: logger)
    }
}
