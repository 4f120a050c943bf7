import ArgumentParser
import Logging
import MagpieServer

/// `magpie migrate`: apply pending migrations and exit (for PostgreSQL deployments).
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply database migrations and exit.")

    @OptionGroup var options: ServerOptions

    func run() async throws {
        let configuration = options.configuration()
        let applied = try await MagpieApplication.migrate(configuration, logger: Logger(label: "magpie"))
        print(applied.isEmpty ? "Database is up to date." : "Applied migrations: \(applied.joined(separator: ", "))")
    }
}
