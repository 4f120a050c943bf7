import ArgumentParser
import Foundation
import MagentoClient
import MagentoWire

/// `magpie products list|get|export`: read a store's catalog.
struct ProductsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "products", abstract: "List, show or export a store's products.",
        subcommands: [List.self, Get.self, Export.self]
    )

    /// Filters shared by list and export.
    struct QueryOptions: ParsableArguments {
        @Option(name: .customLong("filter"), help: "field:condition:value, e.g. price:gteq:10 or sku:like:MB-% (repeatable; ANDed).")
        var filters: [String] = []

        @Option(help: "Rows per request (at most 300 on stores with input limits).")
        var pageSize = 100

        func criteria() throws -> SearchCriteria {
            var builder = SearchCriteriaBuilder()
            for filter in filters {
                let parts = filter.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 3, let condition = SearchCriteriaBuilder.Condition(rawValue: parts[1]) else {
                    throw ValidationError("--filter expects field:condition:value with a Magento condition_type, not \(filter)")
                }
                builder = builder.where(parts[0], condition, parts[2])
            }
            return builder.build()
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print products as a table: sku, name, price, status.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var query: QueryOptions
        @Option(help: "Stop after this many products.")
        var limit: Int?

        func run() async throws {
            try await runReportingErrors {
                let client = try connection.client()
                var printed = 0
                for try await page in client.products.pages(try query.criteria(), pageSize: query.pageSize) {
                    for product in page.items {
                        if let limit, printed >= limit { return ClientExitCode.success }
                        Console.out([product.sku ?? "", product.name ?? "", product.price.map { "\($0)" } ?? "", "\(product.status ?? 0)"]
                            .joined(separator: "\t"))
                        printed += 1
                    }
                }
                return ClientExitCode.success
            }
        }
    }

    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print one product as JSON.")
        @OptionGroup var connection: ConnectionOptions
        @Argument var sku: String

        func run() async throws {
            try await runReportingErrors {
                let product = try await connection.client().send(MagentoRequest<JSONValue>(.get, ["products", sku]))
                Console.out(product.jsonString)
                return ClientExitCode.success
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write every matching product as JSON Lines (keyset paging).")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var query: QueryOptions
        @Option(name: .shortAndLong, help: "Output file (standard output by default).")
        var output: String?

        func run() async throws {
            try await runReportingErrors {
                try await JSONLinesExport.run(
                    client: try connection.client(), route: ["products"], criteria: try query.criteria(), keyField: "id",
                    pageSize: query.pageSize, output: output, noun: "products"
                )
            }
        }
    }
}

/// Writes every record of a list route as one JSON line each, keyset-paged, numbers exact.
enum JSONLinesExport {
    /// - Parameter keyField: the record's own id member (`id` for products, `entity_id` for orders).
    static func run(
        client: MagentoClient, route: [String], criteria: SearchCriteria, keyField: String, pageSize: Int,
        output: String?, noun: String
    ) async throws -> ExitCode {
        let sink = try LineSink(path: output)
        let progress = ProgressDisplay(noun)
        var count = 0
        let pages = KeysetPages<JSONValue>(
            criteria: criteria, pageSize: pageSize, key: { $0[keyField]?.numberText.flatMap { Int($0) } }
        ) { criteria in try await client.searchJSON(route, criteria) }
        for try await page in pages {
            for record in page.items { sink.write(record.jsonString) }
            count += page.items.count
            progress.update(done: count, total: nil, failed: 0)
        }
        progress.finish()
        try sink.close()
        Console.error("exported \(count) \(noun)")
        return ClientExitCode.success
    }
}
