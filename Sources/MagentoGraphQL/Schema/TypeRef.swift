import GraphQL

/// A field's or argument's type as the executor needs it: a name wrapped in lists and non-nulls.
indirect enum TypeRef: Sendable, Equatable {
    case named(String)
    case list(TypeRef)
    case nonNull(TypeRef)

    /// The innermost type name (`[Int!]!` → `Int`).
    var namedType: String {
        switch self {
        case .named(let name): name
        case .list(let inner), .nonNull(let inner): inner.namedType
        }
    }

    var isNonNull: Bool {
        if case .nonNull = self { return true }
        return false
    }

    /// How GraphQL prints it (`[String!]!`), for error messages.
    var printed: String {
        switch self {
        case .named(let name): name
        case .list(let inner): "[\(inner.printed)]"
        case .nonNull(let inner): "\(inner.printed)!"
        }
    }

    /// Reads a type from the library's schema objects.
    init(_ type: any GraphQLType) {
        if let nonNull = type as? GraphQLNonNull {
            self = .nonNull(TypeRef(nonNull.ofType))
        } else if let list = type as? GraphQLList {
            self = .list(TypeRef(list.ofType))
        } else if let named = type as? any GraphQLNamedType {
            self = .named(named.name)
        } else {
            self = .named(String(describing: type))
        }
    }

    /// Reads a variable's declared type from the document.
    init(ast: any GraphQL.`Type`) {
        if let nonNull = ast as? NonNullType {
            self = .nonNull(TypeRef(ast: nonNull.type))
        } else if let list = ast as? ListType {
            self = .list(TypeRef(ast: list.type))
        } else if let named = ast as? NamedType {
            self = .named(named.name.value)
        } else {
            self = .named("")
        }
    }
}
