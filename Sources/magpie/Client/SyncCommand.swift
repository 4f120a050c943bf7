import ArgumentParser
import Foundation
import MagentoClient

/// `magpie sync --from URL --to URL --entities products,categories`: mirror one store into another.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", abstract: "Copy what changed since the last run from one store into another.",
        discussion: "Checkpoints, applied versions and id maps live in --state, so a second run transfers only newer records. Credentials: --from-token/--to-token, --from-username…, or MAGPIE_FROM_TOKEN, MAGPIE_TO_TOKEN, MAGPIE_FROM_USERNAME, … falling back to --token/--username/--password and MAGPIE_TOKEN, MAGPIE_USERNAME, MAGPIE_PASSWORD."
    )

    @Option(help: "Source store base URL (MAGPIE_FROM_URL).")
    var from: String?
    @Option(help: "Target store base URL (MAGPIE_TO_URL).")
    var to: String?
    @Option(help: "Source token (MAGPIE_FROM_TOKEN).")
    var fromToken: String?
    @Option(help: "Target token (MAGPIE_TO_TOKEN).")
    var toToken: String?
    @Option(help: "Source admin user (MAGPIE_FROM_USERNAME).")
    var fromUsername: String?
    @Option(help: "Source admin password (MAGPIE_FROM_PASSWORD).")
    var fromPassword: String?
    @Option(help: "Target admin user (MAGPIE_TO_USERNAME).")
    var toUsername: String?
    @Option(help: "Target admin password (MAGPIE_TO_PASSWORD).")
    var toPassword: String?
    @OptionGroup var connection: ConnectionOptions
    @Option(help: "Comma-separated: categories, products, customers, orders (applied in that order).")
    var entities = "categories,products"
    @Option(help: "Entities whose failure stops the run (comma-separated); others are skipped and reported.")
    var critical = ""
    @Option(help: "Sync state file (SQLite).")
    var state = "./magpie-sync.sqlite"
    @Option(help: "Seconds of overlap before each checkpoint.")
    var overlap = 30
    @Option(help: "Records per page.")
    var pageSize = 100
    @Option(help: "Records applied at once.")
    var concurrency = 4
    @Option(help: "Where to write the JSON report (standard output by default).")
    var report: String?

    /// The entities sync knows, in the order they are applied.
    static let order = ["categories", "products", "customers", "orders"]
    static let adapters: [String: @Sendable (Bool) -> any SyncAdapter] = [
        "categories": { CategorySyncAdapter(isCritical: $0) },
        "products": { ProductSyncAdapter(isCritical: $0) },
        "customers": { CustomerSyncAdapter(isCritical: $0) },
        "orders": { OrderSyncAdapter(isCritical: $0) },
    ]

    func run() async throws {
        try await runReportingErrors {
            var sourceOptions = connection
            sourceOptions.username = fromUsername ?? connection.username
            sourceOptions.password = fromPassword ?? connection.password
            var targetOptions = connection
            targetOptions.username = toUsername ?? connection.username
            targetOptions.password = toPassword ?? connection.password
            let source = try sourceOptions.client(url: from, token: fromToken, prefixes: ["FROM_"])
            let target = try targetOptions.client(url: to, token: toToken, prefixes: ["TO_"])
            let criticalSet = Set(critical.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            let names = entities.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            if let unknown = names.first(where: { Self.adapters[$0] == nil }) {
                throw ValidationError("unknown entity \(unknown); sync knows \(Self.order.joined(separator: ", "))")
            }
            // Always in dependency order, whatever the order given: products link to categories,
            // orders to customers and products.
            let adapters = Self.order.filter { names.contains($0) }.compactMap { Self.adapters[$0]?(criticalSet.contains($0)) }
            let store = try await SQLiteSyncState.open(path: state)
            var engine = SyncEngine(
                source: source, target: target, state: store, overlap: .seconds(overlap), pageSize: pageSize, concurrency: concurrency
            )
            let progress = ProgressDisplay("sync")
            engine.progress = { progress.update(done: $0.fetched, total: nil, failed: $0.failed) }
            let result = await engine.run(adapters)
            progress.finish()
            await store.close()
            try ReportWriter.write(result, to: report)
            for entity in result.entities {
                Console.error("\(entity.entity): \(entity.status.rawValue), \(entity.applied) applied, \(entity.unchanged) unchanged, \(entity.failed) failed"
                    + (entity.message.map { " (\($0))" } ?? ""))
            }
            if result.isComplete { return ClientExitCode.success }
            if result.entities.contains(where: { $0.status == .failed || $0.status == .skipped }) {
                let unauthorized = result.entities.contains { ["unauthorized", "token_expired"].contains($0.errorCode) }
                return unauthorized ? ClientExitCode.unauthorized : ClientExitCode.failed
            }
            return ClientExitCode.partial
        }
    }
}
