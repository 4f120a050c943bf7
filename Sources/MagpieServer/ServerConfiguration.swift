import CommerceStorage
import Foundation
import MagentoREST

/// How `magpie serve` runs: flags over `MAGPIE_*` environment variables over defaults.
public struct ServerConfiguration: Sendable, Equatable {
    public var host: String
    public var port: Int
    /// A SQLite file path, `:memory:`, or a `postgres://` URL.
    public var database: String
    public var adminUser: String
    /// When nil on a new database, a password is generated and printed once.
    public var adminPassword: String?
    /// The URL clients reach this server at; derived from host and port when nil.
    public var publicURL: String?
    /// Seed the demo store into a new database.
    public var seedDemo: Bool
    /// Admin token lifetime in minutes (Magento's `oauth/access_token_lifetime/admin`, 4 h).
    public var adminTokenLifetimeMinutes: Int
    /// When set, `POST /V1/erp/stock` requires an `X-Signature` HMAC-SHA256 of its body with it.
    public var erpSecret: String?
    /// Accept integration access tokens as bearer tokens (`MAGPIE_INTEGRATION_BEARER=off` to refuse,
    /// as Magento 2.4.4+ does by default).
    public var integrationTokensAsBearer = true
    /// Refuse routes marked secure over plain HTTP (`MAGPIE_SECURE_ROUTES=https`).
    public var enforceSecureRoutes = false
    /// Record every API call (`MAGPIE_AUDIT=off` disables the audit log).
    public var auditEnabled = true
    /// Days the audit log keeps each API call.
    public var auditRetentionDays = 90
    /// Request rate limits per caller (`MAGPIE_RATE_LIMITS=off` disables them).
    public var rateLimits = RateLimiter.Settings()
    /// Tries per webhook delivery before it is marked failed (8, as Shopify).
    public var webhookMaxAttempts = 8
    /// The first retry's delay; each later one waits four times longer (30 s … about 23 h in all).
    public var webhookBackoffSeconds: Double = 30
    /// How long a claimed queued operation stays leased before another worker may take it over
    /// (`MAGPIE_OPERATION_LEASE_SECONDS`): after a crash, its operations run again this much later.
    public var operationLeaseSeconds: Double = 60
    /// Where product images are kept (`MAGPIE_MEDIA_DIR`); served at `/media/catalog/product/…`.
    public var mediaDirectory = "./media"
    /// The catalog a new database starts with (`MAGPIE_CATALOG`: `demo` (default for `serve`),
    /// `small`, `medium`, `large`, or `none`); nil seeds none.
    public var catalogProfile: String? = "demo"
    /// A JSON file of fault rules to apply from the start (`--faults`, `MAGPIE_FAULTS`); see docs/fault-injection.md.
    public var faultsFile: String?
    /// Idle timeout and connection cap for slow or idle clients.
    public var connectionLimits = ConnectionLimits()
    /// Seconds after SIGTERM before statements still running are cancelled
    /// (`MAGPIE_SHUTDOWN_GRACE_SECONDS`, default 1): in-flight requests get this long to finish.
    public var shutdownGraceSeconds: Double = 1
    /// Milliseconds a read statement may run before it is stopped and its request fails
    /// (`MAGPIE_STATEMENT_TIMEOUT_MS`, default 30,000; 0 for no limit). Both engines.
    public var statementTimeoutMilliseconds = StatementTimeout.defaultMilliseconds

    /// Where SQLite keeps snapshot files (`MAGPIE_SNAPSHOT_DIR`); by default a folder beside the
    /// database file, or a temporary one for an in-memory database. PostgreSQL keeps its
    /// snapshots in the database itself.
    public var snapshotDirectory: String?

    /// Sandboxes one server holds at most (`MAGPIE_SANDBOX_LIMIT`, default 8).
    public var sandboxLimit = 8
    /// Where the web console is served (`MAGPIE_CONSOLE_PATH`, default `/admin`).
    public var consolePath = "/admin"
    /// Minutes a console session may sit unused before it signs out (`MAGPIE_CONSOLE_IDLE_MINUTES`, default 15).
    public var consoleIdleMinutes: Double = 15
    /// Seconds without a request after which a sandbox is deleted (`MAGPIE_SANDBOX_IDLE_SECONDS`,
    /// default 900), measured on the store's clock.
    public var sandboxIdleSeconds: Double = 900
    /// The secret row token signatures use; each sandbox gets its own.
    var tokenSecretName = "jwt_hs256"

    var shutdownGrace: Duration { .milliseconds(Int64(shutdownGraceSeconds * 1000)) }

    public init(
        host: String = "127.0.0.1", port: Int = 8080, database: String = "./magpie.sqlite",
        adminUser: String = "admin", adminPassword: String? = nil, publicURL: String? = nil,
        seedDemo: Bool = true, adminTokenLifetimeMinutes: Int = 240
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.adminUser = adminUser
        self.adminPassword = adminPassword
        self.publicURL = publicURL
        self.seedDemo = seedDemo
        self.adminTokenLifetimeMinutes = adminTokenLifetimeMinutes
    }

    /// Defaults overridden by the environment; the caller then applies explicit flags.
    public static func fromEnvironment(_ environment: [String: String]) -> ServerConfiguration {
        var configuration = ServerConfiguration()
        if let host = environment["MAGPIE_HOST"], !host.isEmpty { configuration.host = host }
        if let port = environment["MAGPIE_PORT"].flatMap(Int.init) { configuration.port = port }
        if let database = environment["MAGPIE_DATABASE"], !database.isEmpty { configuration.database = database }
        if let user = environment["MAGPIE_ADMIN_USER"], !user.isEmpty { configuration.adminUser = user }
        if let password = environment["MAGPIE_ADMIN_PASSWORD"], !password.isEmpty {
            configuration.adminPassword = password
        }
        if let url = environment["MAGPIE_PUBLIC_URL"], !url.isEmpty { configuration.publicURL = url }
        if let media = environment["MAGPIE_MEDIA_DIR"], !media.isEmpty { configuration.mediaDirectory = media }
        if let lease = environment["MAGPIE_OPERATION_LEASE_SECONDS"].flatMap(Double.init), lease > 0 {
            configuration.operationLeaseSeconds = lease
        }
        if let profile = environment["MAGPIE_CATALOG"]?.lowercased(), !profile.isEmpty {
            configuration.catalogProfile = profile == "none" ? nil : profile
        }
        if let secret = environment["MAGPIE_ERP_SECRET"], !secret.isEmpty { configuration.erpSecret = secret }
        if environment["MAGPIE_RATE_LIMITS"]?.lowercased() == "off" { configuration.rateLimits.enabled = false }
        if environment["MAGPIE_AUDIT"]?.lowercased() == "off" { configuration.auditEnabled = false }
        if environment["MAGPIE_SECURE_ROUTES"]?.lowercased() == "https" { configuration.enforceSecureRoutes = true }
        if let days = environment["MAGPIE_AUDIT_RETENTION_DAYS"].flatMap(Int.init), days > 0 {
            configuration.auditRetentionDays = days
        }
        if environment["MAGPIE_INTEGRATION_BEARER"]?.lowercased() == "off" { configuration.integrationTokensAsBearer = false }
        for (name, path) in [("GUEST", \RateLimiter.Settings.guest), ("CUSTOMER", \.customer), ("ADMIN", \.admin),
                             ("INTEGRATION", \.integration), ("LOGIN", \.login)] {
            if let limit = environment["MAGPIE_RATE_LIMIT_\(name)"].flatMap(RateLimiter.Limit.init) {
                configuration.rateLimits[keyPath: path] = limit
            }
        }
        if let proxies = environment["MAGPIE_TRUSTED_PROXIES"] {
            configuration.rateLimits.trustedProxies = Set(proxies.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        for (name, value) in environment where name.hasPrefix("MAGPIE_RATE_LIMIT_GROUP_") {
            if let limit = RateLimiter.Limit(value) {
                configuration.rateLimits.groups[String(name.dropFirst("MAGPIE_RATE_LIMIT_GROUP_".count)).lowercased()] = limit
            }
        }
        if let tries = environment["MAGPIE_WEBHOOK_MAX_ATTEMPTS"].flatMap(Int.init), tries > 0 {
            configuration.webhookMaxAttempts = tries
        }
        if let seconds = environment["MAGPIE_WEBHOOK_BACKOFF_SECONDS"].flatMap(Double.init), seconds > 0 {
            configuration.webhookBackoffSeconds = seconds
        }
        if let minutes = environment["MAGPIE_ADMIN_TOKEN_LIFETIME"].flatMap(Int.init), minutes > 0 {
            configuration.adminTokenLifetimeMinutes = minutes
        }
        if let limit = environment["MAGPIE_SANDBOX_LIMIT"].flatMap(Int.init), limit >= 0 { configuration.sandboxLimit = limit }
        if let seconds = environment["MAGPIE_SANDBOX_IDLE_SECONDS"].flatMap(Double.init), seconds > 0, seconds.isFinite {
            configuration.sandboxIdleSeconds = seconds
        }
        if let path = environment["MAGPIE_CONSOLE_PATH"], path.count > 1 { configuration.consolePath = path }
        if let minutes = environment["MAGPIE_CONSOLE_IDLE_MINUTES"].flatMap(Double.init), minutes > 0, minutes.isFinite {
            configuration.consoleIdleMinutes = minutes
        }
        if let folder = environment["MAGPIE_SNAPSHOT_DIR"], !folder.isEmpty { configuration.snapshotDirectory = folder }
        if let faults = environment["MAGPIE_FAULTS"], !faults.isEmpty { configuration.faultsFile = faults }
        configuration.connectionLimits = ConnectionLimits(environment: environment)
        configuration.statementTimeoutMilliseconds = StatementTimeout.milliseconds(environment: environment)
        if let seconds = environment["MAGPIE_SHUTDOWN_GRACE_SECONDS"].flatMap(Double.init), seconds >= 0, seconds.isFinite {
            configuration.shutdownGraceSeconds = seconds
        }
        return configuration
    }

    /// The folder for SQLite snapshot files: `snapshotDirectory`, else `<database>.snapshots`
    /// beside a file database, else a new temporary folder.
    func snapshotFolder() -> URL {
        if let snapshotDirectory { return URL(fileURLWithPath: snapshotDirectory) }
        if case .sqliteFile(let path)? = (try? DatabaseLocation(parsing: database))?.kind {
            return URL(fileURLWithPath: path + ".snapshots")
        }
        return FileManager.default.temporaryDirectory.appendingPathComponent("magpie-snapshots-\(UUID().uuidString)")
    }

    /// The base URL clients use, ending in `/`.
    public func baseURL(boundPort: Int? = nil) -> String {
        if let publicURL { return publicURL.hasSuffix("/") ? publicURL : publicURL + "/" }
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "http://\(shownHost):\(boundPort ?? port)/"
    }
}
