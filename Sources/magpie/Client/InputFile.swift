import Foundation
import MagentoWire

/// A CSV or JSON Lines file read as rows of named values.
struct InputFile {
    enum Format: String {
        case csv, jsonl
    }

    /// One row: column name → value (JSON values for JSONL, strings for CSV), and its line number.
    struct Row {
        var line: Int
        var values: [(String, JSONValue)]
    }

    static func read(_ path: String, format explicit: Format?) throws -> [Row] {
        guard let data = FileManager.default.contents(atPath: path) else { throw InputFileError("cannot read \(path)") }
        let text = String(decoding: data, as: UTF8.self)
        let format = explicit ?? (path.lowercased().hasSuffix(".csv") ? .csv : .jsonl)
        switch format {
        case .jsonl: return try jsonLines(text)
        case .csv: return try csv(text)
        }
    }

    static func jsonLines(_ text: String) throws -> [Row] {
        var rows: [Row] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            guard let object = (try? JSONValue.parse(trimmed))?.objectValue else {
                throw InputFileError("line \(index + 1) is not a JSON object")
            }
            rows.append(Row(line: index + 1, values: object.map { ($0.key, $0.value) }))
        }
        return rows
    }

    static func csv(_ text: String) throws -> [Row] {
        let records: [CSV.Record]
        do {
            records = try CSV.records(text)
        } catch {
            throw InputFileError("\(error)")
        }
        guard let header = records.first?.fields else { return [] }
        return records.dropFirst().filter { !$0.isBlank }.map { record in
            Row(line: record.line, values: zip(header, record.fields).map { ($0.trimmingCharacters(in: .whitespaces), .string($1)) })
        }
    }
}

/// A problem with an input file (exit status 4).
struct InputFileError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
