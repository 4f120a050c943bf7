import CommerceDomain
import SQLKit

extension SearchableField {
    /// The filter value converted for this column's kind, ready to bind.
    ///
    /// A value that does not fit the column is the client's mistake (400), reported with the
    /// message Magento's type checks use, instead of reaching the database as a type error.
    func bindable(_ text: String, engine: DatabaseEngine) throws -> any Encodable & Sendable {
        switch kind {
        case .integer:
            guard let value = Int64(text) else { throw Self.invalidType(text, expected: "int") }
            return value
        case .decimal:
            guard let value = ExactDecimal.parse(text) else { throw Self.invalidType(text, expected: "float") }
            return ExactDecimal.comparable(value, engine: engine)
        case .boolean:
            switch text.lowercased() {
            case "1", "true": return Int64(1)
            case "0", "false": return Int64(0)
            default: throw Self.invalidType(text, expected: "bool")
            }
        case .double:
            guard let value = Double(text) else { throw Self.invalidType(text, expected: "float") }
            return value
        case .text, .timestamp:
            return text
        }
    }

    /// The column itself, for comparisons.
    var columnExpression: any SQLExpression {
        expression.map { SQLRaw("(\($0))") } ?? SQLIdentifier(column)
    }

    /// The column as text, for LIKE, FIND_IN_SET and REGEXP, written so that both engines produce
    /// the text MySQL would (`12.5000` for a decimal of 12.5).
    func textExpression(engine: DatabaseEngine) -> any SQLExpression {
        if let expression {
            return engine == .postgres ? SQLRaw("CAST((\(expression)) AS TEXT)") : SQLRaw("(\(expression))")
        }
        switch (kind, engine) {
        case (.double, _):
            return SQLIdentifier(column)
        case (.text, _), (.timestamp, _), (.integer, .sqlite), (.boolean, .sqlite):
            return SQLIdentifier(column)
        case (.decimal, .sqlite):
            return SQLQueryString("printf('%.4f', \(ident: column) / 10000.0)")
        case (.integer, .postgres), (.boolean, .postgres), (.decimal, .postgres):
            return SQLQueryString("CAST(\(ident: column) AS TEXT)")
        }
    }

    static func invalidType(_ value: String, expected type: String) -> CommerceError {
        .invalidInputNamed(
            message: "The \"%value\" value's type is invalid. The \"%type\" type was expected. Verify and try again.",
            parameters: ["value": value, "type": type]
        )
    }
}
