import ArgumentParser
import MagentoClient
import MagentoWire

/// `magpie export orders --since …`: orders as JSON Lines, exactly as the store sends them.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export entities as JSON Lines.", subcommands: [Orders.self]
    )

    struct Orders: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Orders created at or after --since (GET /V1/orders, keyset paging on entity_id).")
        @OptionGroup var connection: ConnectionOptions
        @Option(help: "Earliest created_at, \"YYYY-MM-DD\" or \"YYYY-MM-DD HH:MM:SS\" (UTC).")
        var since: String
        @Option(help: "Latest created_at (inclusive).")
        var until: String?
        @Option(help: "Only orders in this status (pending, processing, complete, …).")
        var status: String?
        @Option(help: "Rows per request.")
        var pageSize = 100
        @Option(name: .shortAndLong, help: "Output file (standard output by default).")
        var output: String?

        func run() async throws {
            try await runReportingErrors {
                let client = try connection.client()
                var builder = SearchCriteriaBuilder().where("created_at", .gteq, Self.timestamp(since, endOfDay: false))
                if let until { builder = builder.where("created_at", .lteq, Self.timestamp(until, endOfDay: true)) }
                if let status { builder = builder.where("status", .eq, status) }
                return try await JSONLinesExport.run(
                    client: client, route: ["orders"], criteria: builder.build(), keyField: "entity_id",
                    pageSize: pageSize, output: output, noun: "orders"
                )
            }
        }

        static func timestamp(_ text: String, endOfDay: Bool) -> String {
            text.count == 10 ? text + (endOfDay ? " 23:59:59" : " 00:00:00") : text
        }
    }
}
