import ArgumentParser
import Foundation
import MagentoClient
import MagentoWire

/// `magpie import products|stock FILE`: write records from CSV or JSON Lines into a store.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import products or stock from CSV or JSON Lines.",
        subcommands: [Products.self, Stock.self]
    )

    struct FileOptions: ParsableArguments {
        @Argument(help: "CSV (first line: column names) or JSON Lines file.")
        var file: String

        @Option(help: "csv or jsonl (default: from the file name; .csv is CSV, anything else JSON Lines).")
        var format: String?

        @Option(help: "Where to write the JSON report (standard output by default).")
        var report: String?

        @Option(help: "Requests in flight at once.")
        var concurrency = 8

        func rows() throws -> [InputFile.Row] {
            var explicit: InputFile.Format?
            if let format {
                guard let parsed = InputFile.Format(rawValue: format.lowercased()) else {
                    throw ValidationError("--format must be csv or jsonl")
                }
                explicit = parsed
            }
            return try InputFile.read(file, format: explicit)
        }
    }

    struct Products: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create or update products (POST /V1/products per row, or the async bulk API with --bulk).",
            discussion: "Columns named like Magento's product fields (sku, name, price, status, visibility, type_id, attribute_set_id, weight) set them; qty and is_in_stock set the stock item; any other column is a custom attribute. Rename columns with --map."
        )
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var options: FileOptions
        @Option(help: "column=attribute, e.g. Title=name (repeatable).")
        var map: [String] = []
        @Flag(help: "Send through /async/bulk/V1/products and poll the bulk status.")
        var bulk = false

        func run() async throws {
            try await runReportingErrors {
                let mapper = try ProductRowMapper(mappings: map)
                let rows = try options.rows()
                var report = CommandReport(command: "import products")
                var products: [(row: InputFile.Row, product: Product)] = []
                for row in rows {
                    do {
                        products.append((row, try mapper.product(from: row)))
                    } catch {
                        report.failures.append(.init(record: "line \(row.line)", line: row.line, message: String(describing: error)))
                    }
                }
                let client = try connection.client()
                let progress = ProgressDisplay("products")
                let update: @Sendable (BatchProgress) -> Void = { progress.update(done: $0.done, total: $0.total, failed: $0.failed) }
                let results: [RecordResult<Void>]
                if bulk {
                    results = try await client.products.bulkSaveAll(products.map(\.product), progress: update)
                } else {
                    results = await client.products.saveAll(products.map(\.product), concurrency: options.concurrency, progress: update)
                        .map { RecordResult(index: $0.index, key: $0.key, output: $0.output.map { _ in () }, error: $0.error, failureMessage: $0.failureMessage) }
                }
                progress.finish()
                for result in results where !result.succeeded {
                    report.failures.append(.init(
                        record: result.key, line: products[result.index].row.line, status: result.error?.status, message: result.message ?? "failed"
                    ))
                }
                return try report.finish(
                    total: rows.count, client: client, path: options.report, noun: "products",
                    unauthorized: results.first(where: { $0.error?.status == 401 })?.error
                )
            }
        }
    }

    struct Stock: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set source quantities (MSI source items): columns sku, qty or quantity, optional source_code and status.",
            discussion: "Rows are saved in chunks through POST /V1/inventory/source-items; a chunk the store refuses is retried row by row so each failing row is reported on its own."
        )
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var options: FileOptions
        @Option(help: "Rows per request.")
        var chunkSize = 100
        @Option(help: "Source for rows without source_code.")
        var source = "default"

        func run() async throws {
            try await runReportingErrors {
                let rows = try options.rows()
                var report = CommandReport(command: "import stock")
                var items: [(line: Int, item: SourceItem)] = []
                for row in rows {
                    let values = Dictionary(row.values, uniquingKeysWith: { first, _ in first })
                    func text(_ key: String) -> String? {
                        guard let value = values[key] else { return nil }
                        return value.stringValue ?? value.numberText ?? value.boolValue.map { $0 ? "1" : "0" }
                    }
                    guard let sku = text("sku"), !sku.isEmpty, let qty = (text("qty") ?? text("quantity")).flatMap({ Decimal(string: $0) }) else {
                        report.failures.append(.init(record: "line \(row.line)", line: row.line, message: "sku and a numeric qty are required"))
                        continue
                    }
                    let status = text("status").flatMap { Int($0) } ?? (qty > 0 ? 1 : 0)
                    items.append((row.line, SourceItem(sku: sku, sourceCode: text("source_code") ?? source, quantity: qty, status: status)))
                }
                let client = try connection.client()
                let progress = ProgressDisplay("stock")
                let itemCount = items.count
                let chunks = stride(from: 0, to: items.count, by: max(1, chunkSize)).map { Array(items[$0..<min($0 + chunkSize, items.count)]) }
                let results = await BatchRunner(concurrency: options.concurrency).run(
                    chunks, key: { "\($0.first?.line ?? 0)" },
                    progress: { progress.update(done: min($0.done * chunkSize, itemCount), total: itemCount, failed: $0.failed) }
                ) { chunk -> [CommandReport.Failure] in
                    do {
                        try await client.sourceItems.save(chunk.map(\.item))
                        return []
                    } catch let error as MagentoClientError where !error.isTransient && error.status != 401 {
                        var failures: [CommandReport.Failure] = []
                        for entry in chunk {
                            do {
                                try await client.sourceItems.save([entry.item])
                            } catch let error as MagentoClientError {
                                failures.append(.init(record: entry.item.sku ?? "", line: entry.line, status: error.status, message: error.message))
                            }
                        }
                        return failures
                    }
                }
                progress.finish()
                for (chunk, result) in zip(chunks, results) {
                    if let failures = result.output {
                        report.failures += failures
                    } else {
                        report.failures += chunk.map {
                            .init(record: $0.item.sku ?? "", line: $0.line, status: result.error?.status, message: result.message ?? "failed")
                        }
                    }
                }
                return try report.finish(
                    total: rows.count, client: client, path: options.report, noun: "quantities",
                    unauthorized: results.first(where: { $0.error?.status == 401 })?.error
                )
            }
        }
    }
}
