import Foundation

/// RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks. Shared by the
/// CLI's imports and the server's table-rate files, so both read a spreadsheet export alike.
public enum CSV {
    public struct Record: Sendable, Equatable {
        /// The line the record starts on (1-based; a quoted line break makes records span lines).
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }

        /// A blank line reads as one empty field.
        public var isBlank: Bool { fields.count == 1 && fields[0].isEmpty }
    }

    public struct UnterminatedQuote: Error, CustomStringConvertible, Equatable {
        public var line: Int
        public var description: String { "unterminated quoted field starting on line \(line)" }
    }

    /// `separator` is the field separator: a comma unless the file says otherwise (Magento's
    /// import takes any one character).
    public static func records(_ text: String, separator: Character = ",") throws(UnterminatedQuote) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var characters = Array(text.replacingOccurrences(of: "\r\n", with: "\n"))[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty: quoted = true
            case separator: fields.append(field); field = ""
            case "\n":
                fields.append(field)
                records.append(Record(line: recordLine, fields: fields))
                fields = []
                field = ""
                line += 1
                recordLine = line
            default: field.append(character)
            }
        }
        if quoted { throw UnterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}
