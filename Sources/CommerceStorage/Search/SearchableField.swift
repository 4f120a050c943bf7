/// A column that searchCriteria may filter and sort on, and how filter values are typed for it.
public struct SearchableField: Sendable, Equatable {
    /// How filter values are converted before binding, so PostgreSQL never compares an integer
    /// column with text and SQLite compares numbers as numbers.
    public enum Kind: Sendable, Equatable {
        case integer
        /// An exact decimal stored per `SchemaDialect.decimal(_:)`.
        case decimal
        case text
        /// Magento timestamp text (`YYYY-MM-DD HH:MM:SS`); compared as text, as Magento does.
        case timestamp
        /// A `SMALLINT` 0/1 flag; `true`/`false` are accepted as well as `1`/`0`.
        case boolean
        /// A binary floating-point expression (an EAV number stored as text, cast for comparison).
        case double
    }

    public var column: String
    public var kind: Kind
    /// A SQL expression used instead of the column (an attribute value read from another table).
    /// Built only by repositories from whitelisted names, never from client text.
    public var expression: String?
    /// For a many-valued field (a product's categories, its websites): a subquery listing the
    /// row's values. A filter then asks whether the row has a matching value (`eq`/`in`) or none
    /// (`neq`/`nin`), as Magento's category filter does.
    public var membership: String?

    public init(column: String, kind: Kind) {
        self.column = column
        self.kind = kind
    }

    /// A computed field: `expression` is compared, sorted on and pattern-matched in place of a column.
    public init(expression: String, kind: Kind) {
        self.column = expression
        self.kind = kind
        self.expression = expression
    }

    /// A many-valued field: filters test `membership` (see there); sorting uses `expression`.
    public init(membership: String, sortExpression: String, kind: Kind) {
        self.init(expression: sortExpression, kind: kind)
        self.membership = membership
    }
}

/// A table's searchCriteria whitelist: only these names may appear as filter or sort fields.
public struct SearchableTable: Sendable {
    public var table: String
    /// Appended to every ordering so that offset paging never repeats or skips a row.
    public var primaryKey: String
    /// Wire field name (what clients send) to column.
    public var fields: [String: SearchableField]

    public init(table: String, primaryKey: String, fields: [String: SearchableField]) {
        self.table = table
        self.primaryKey = primaryKey
        self.fields = fields
    }
}
