import CommerceDomain
import MagentoWire
import SQLKit

/// Turns searchCriteria sort orders into an ORDER BY that always ends with the primary key, so
/// rows with equal sort keys keep one order and offset paging neither repeats nor skips them.
struct SearchOrdering {
    let table: SearchableTable

    func orderBy(_ sortOrders: [SortOrder]?) throws -> any SQLExpression {
        var terms: [any SQLExpression] = []
        var sortsOnPrimaryKey = false
        for order in sortOrders ?? [] {
            let field = try Self.field(named: order.field, in: table)
            let direction = try Self.direction(order.direction)
            terms.append(SQLQueryString("\(field.columnExpression) \(unsafeRaw: direction)"))
            if field.column == table.primaryKey { sortsOnPrimaryKey = true }
        }
        if !sortsOnPrimaryKey {
            terms.append(SQLQueryString("\(ident: table.primaryKey) ASC"))
        }
        return SQLList(terms)
    }

    static func field(named name: String, in table: SearchableTable) throws -> SearchableField {
        if !name.isEmpty, !name.allSatisfy(\.isSortFieldCharacter) {
            throw CommerceError.invalidInput(message: "Sort order field %1 contains restricted symbols", parameters: [name])
        }
        guard let field = table.fields[name] else {
            throw CommerceError.invalidInput(message: "\"%1\" is not a valid sort field.", parameters: [name])
        }
        return field
    }

    /// Magento's processor tests `== "ASC"`, so a missing direction sorts DESC.
    static func direction(_ text: String?) throws -> String {
        guard let text, !text.isEmpty else { return "DESC" }
        switch text.uppercased() {
        case "ASC": return "ASC"
        case "DESC": return "DESC"
        default:
            throw CommerceError.invalidInput(
                message: "The sort order has to be specified as %1 for ascending order or %2 for descending order.",
                parameters: ["ASC", "DESC"]
            )
        }
    }
}

extension Character {
    /// Magento's `[A-Za-z0-9_]` check on sort fields, ASCII only.
    fileprivate var isSortFieldCharacter: Bool {
        isASCII && (isLetter || isNumber || self == "_")
    }
}
