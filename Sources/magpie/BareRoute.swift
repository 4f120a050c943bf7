import ArgumentParser
import Logging
import MagpieServer

/// `magpie bare-route`: the benchmark yardstick (a bare Hummingbird JSON route), hidden from help.
struct BareRoute: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bare-route", abstract: "Serve a bare Hummingbird JSON route for benchmarks.",
        shouldDisplay: false
    )

    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8081

    func run() async throws {
        var logger = Logger(label: "bare")
        logger.logLevel = .warning
        try await BareRouteServer.run(host: host, port: port, logger: logger)
    }
}
