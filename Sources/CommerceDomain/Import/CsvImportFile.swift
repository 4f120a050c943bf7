import Foundation
import MagentoWire

/// The parts of Magento's CSV import every entity shares: the base64 file read into a header and
/// numbered rows, and the validation strategy deciding whether rows with errors stop the import.
struct CsvImportFile: Sendable {
    typealias Row = (number: Int, values: [String: String])

    var header: [String]
    /// Data rows, numbered from 1 as Magento's messages number them; blank lines are left out.
    var rows: [Row]

    static let invalidData = "Sorry, but the data is invalid or the file is not uploaded."
    static let empty = "This file is empty. Please try another one."

    /// The file, or the one message Magento answers when it cannot be read.
    static func read(_ source: ImportSourceData) -> Result<CsvImportFile, CsvImportRefusal> {
        guard let text = decode(source.csvData) else { return .failure(.init(invalidData)) }
        let separator = source.importFieldSeparator?.first ?? ","
        guard let records = try? CSV.records(text, separator: separator), let header = records.first?.fields.map({
            $0.trimmingCharacters(in: .whitespaces)
        }) else { return .failure(.init(invalidData)) }
        let rows = records.dropFirst().filter { !$0.isBlank }.enumerated().map { index, record in
            (number: index + 1, values: Dictionary(zip(header, record.fields), uniquingKeysWith: { first, _ in first }))
        }
        return .success(CsvImportFile(header: header, rows: rows))
    }

    /// base64, optionally gzip-compressed in Magento; Magpie reads plain CSV only (no gzip in
    /// Foundation on Linux), and a byte-order mark is dropped.
    static func decode(_ base64: String) -> String? {
        guard let data = Data(base64Encoded: base64, options: .ignoreUnknownCharacters), !data.starts(with: [0x1f, 0x8b]),
              var text = String(data: data, encoding: .utf8) else { return nil }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// Magento's validation strategies: `validation-stop-on-errors` (the default) answers the row
    /// errors and writes nothing; `validation-skip-errors` writes the valid rows unless the errors
    /// pass `allowed_error_count`. Nil: go on and write the valid rows.
    static func refusal(errors: [CsvRowErrors], validRows: Int, source: ImportSourceData) -> [String]? {
        let count = errors.reduce(0) { $0 + $1.messages.count }
        guard count > 0 else { return nil }
        let strategy = source.validationStrategy ?? "validation-stop-on-errors"
        guard strategy == "validation-skip-errors", validRows > 0 else { return errors.flatMap(\.rendered) }
        let allowed = Int(source.allowedErrorCount ?? "") ?? 0
        return count > allowed ? ["Maximum error count has been reached or system error is occurred!"] : nil
    }
}

/// A file the import refuses as a whole, with Magento's message.
struct CsvImportRefusal: Error, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
}
