import Foundation
import MagentoWire

/// MSI's CSV import of source items (entity `stock_sources`): columns `source_code`, `sku`,
/// `quantity` and optionally `status` (1 when absent), checked as Magento's validator chain
/// checks them. Append saves the items, replace deletes each (sku, source) pair and saves it
/// anew, delete removes the pairs. Writes go through the inventory repository in one call, so
/// the legacy stock item of the default source follows, as it does for
/// `POST /V1/inventory/source-items`.
public struct StockSourcesCsvImport: Sendable {
    let inventory: any InventoryRepository

    public init(inventory: any InventoryRepository) {
        self.inventory = inventory
    }

    func run(_ source: ImportSourceData, file: CsvImportFile, describe: @Sendable (any Error) -> String) async throws -> [String] {
        guard !file.rows.isEmpty else { return [CsvImportFile.empty] }
        let sources = Set(try await inventory.searchSources(SearchCriteria()).items.compactMap(\.sourceCode))
        var items: [SourceItem] = []
        var errors: [CsvRowErrors] = []
        for row in file.rows {
            switch Self.item(row.values, sources: sources) {
            case .success(let item): items.append(item)
            case .failure(let messages): errors.append(CsvRowErrors(number: row.number, messages: messages.messages))
            }
        }
        if let refusal = CsvImportFile.refusal(errors: errors, validRows: items.count, source: source) { return refusal }
        do {
            switch CsvImportBehavior(source.behavior) {
            case .append:
                try await inventory.saveSourceItems(items)
            case .replace:
                try await inventory.deleteSourceItems(items)
                try await inventory.saveSourceItems(items)
            case .delete:
                try await inventory.deleteSourceItems(items)
            }
        } catch {
            return [describe(error)]
        }
        return ["Entities Processed: \(items.count)"]
    }

    struct RowMessages: Error {
        var messages: [String]
    }

    /// One row as a source item, or every message Magento's validators give it.
    static func item(_ values: [String: String], sources: Set<String>) -> Result<SourceItem, RowMessages> {
        var messages: [String] = []
        let sku = values["sku"]?.trimmingCharacters(in: .whitespaces)
        if sku == nil { messages.append(missing("sku")) }
        let code = values["source_code"]?.trimmingCharacters(in: .whitespaces)
        if let code {
            if !sources.contains(code) { messages.append("Source code \"\(code)\" does not exists") }
        } else {
            messages.append(missing("source_code"))
        }
        var quantity: Decimal?
        if let text = values["quantity"]?.trimmingCharacters(in: .whitespaces) {
            quantity = isNumeric(text) ? Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) : nil
            if quantity == nil { messages.append("\"quantity\" contains incorrect value") }
        } else {
            messages.append(missing("quantity"))
        }
        guard messages.isEmpty, let sku, let code, let quantity else { return .failure(RowMessages(messages: messages)) }
        let status = values["status"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 1
        return .success(SourceItem(sku: sku, sourceCode: code, quantity: quantity, status: status))
    }

    static func missing(_ column: String) -> String { "Missing required column \"\(column)\"" }

    /// PHP's `is_numeric` for the forms a quantity takes: optional sign, digits, one point, an
    /// exponent. `Decimal(string:)` alone accepts a numeric prefix ("12abc").
    static func isNumeric(_ text: String) -> Bool {
        text.range(of: #"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$"#, options: .regularExpression) != nil
    }
}
