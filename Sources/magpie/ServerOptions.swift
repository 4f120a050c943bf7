import ArgumentParser
import Foundation
import MagpieServer

/// Flags shared by the commands that open the database; each overrides its `MAGPIE_*` variable.
struct ServerOptions: ParsableArguments {
    @Option(help: "Address to listen on (MAGPIE_HOST, default 127.0.0.1).")
    var host: String?

    @Option(help: "Port to listen on; 0 picks a free one (MAGPIE_PORT, default 8080).")
    var port: Int?

    @Option(help: "SQLite file path, :memory:, or a postgres:// URL (MAGPIE_DATABASE, default ./magpie.sqlite).")
    var database: String?

    @Option(help: "Public base URL clients use (MAGPIE_PUBLIC_URL); derived from host and port when absent.")
    var publicURL: String?

    @Option(help: "Admin token lifetime in minutes (MAGPIE_ADMIN_TOKEN_LIFETIME, default 240).")
    var adminTokenLifetime: Int?

    @Flag(help: "Seed neither the demo store nor a catalog into a new database.")
    var noDemo = false

    func configuration() -> ServerConfiguration {
        var configuration = ServerConfiguration.fromEnvironment(ProcessInfo.processInfo.environment)
        if let host { configuration.host = host }
        if let port { configuration.port = port }
        if let database { configuration.database = database }
        if let publicURL { configuration.publicURL = publicURL }
        if noDemo {
            configuration.seedDemo = false
            configuration.catalogProfile = nil
        }
        if let adminTokenLifetime, adminTokenLifetime > 0 { configuration.adminTokenLifetimeMinutes = adminTokenLifetime }
        return configuration
    }
}
