import Foundation
import MagentoWire

/// Magento's CSV import (`POST /V1/import/csv`, ImportCsvApi): the base64 file is read, every
/// row validated, then written through the same repositories the REST routes use. Like Magento
/// it answers a list of messages, the row errors or "Entities Processed: N", never an HTTP error
/// for the file's content. Entities: `catalog_product` and MSI's `stock_sources`.
public struct CsvImport: Sendable {
    let products: ProductCsvImport
    let stockSources: StockSourcesCsvImport

    public init(products: ProductCsvImport, stockSources: StockSourcesCsvImport) {
        self.products = products
        self.stockSources = stockSources
    }

    /// Entities Magento's import knows that Magpie does not import yet.
    static let otherMagentoEntities: Set<String> = [
        "advanced_pricing", "customer", "customer_address", "customer_composite",
    ]

    /// Runs the import. `describe` renders a repository error the way the REST layer would.
    public func run(_ source: ImportSourceData, stores: StoreDirectory, describe: @Sendable (any Error) -> String) async throws -> [String] {
        let known = ["catalog_product", "stock_sources"]
        guard known.contains(source.entity) else {
            if Self.otherMagentoEntities.contains(source.entity) {
                return ["Importing \"\(source.entity)\" is not supported by Magpie yet; catalog_product and stock_sources are."]
            }
            return ["Please enter a correct entity model."]
        }
        let file: CsvImportFile
        switch CsvImportFile.read(source) {
        case .success(let read): file = read
        case .failure(let refusal): return [refusal.message]
        }
        return source.entity == "stock_sources"
            ? try await stockSources.run(source, file: file, describe: describe)
            : try await products.run(source, file: file, stores: stores, describe: describe)
    }
}

/// Magento's import behaviours.
enum CsvImportBehavior: String, Sendable {
    case append, replace, delete

    /// Magento falls back to append for a behaviour it does not know ("add_update" included).
    init(_ text: String) { self = CsvImportBehavior(rawValue: text) ?? .append }
}
