import MagentoWire

/// One field being resolved: its parent object, its coerced arguments (defaults applied), the
/// request context and what is selected below it.
public struct ResolverCall: Sendable {
    /// The object the field belongs to (for root fields, an empty object).
    public let parent: JSONValue
    public let arguments: JSONObject
    public let context: GraphQLContext
    public let lookahead: Lookahead
    /// The field's name in the schema (not its alias).
    public let fieldName: String

    public init(parent: JSONValue, arguments: JSONObject, context: GraphQLContext, lookahead: Lookahead, fieldName: String) {
        self.parent = parent
        self.arguments = arguments
        self.context = context
        self.lookahead = lookahead
        self.fieldName = fieldName
    }

    /// An argument as sent (after coercion), nil when absent or null.
    public func argument(_ name: String) -> JSONValue? {
        guard let value = arguments[name], !value.isNull else { return nil }
        return value
    }

    public func string(_ name: String) -> String? {
        switch argument(name) {
        case .string(let text): text
        case .number(let text): text
        default: nil
        }
    }

    public func int(_ name: String) -> Int? {
        argument(name)?.numberText.flatMap { Int($0) }
    }

    public func bool(_ name: String) -> Bool? {
        argument(name)?.boolValue
    }

    public func object(_ name: String) -> JSONObject? {
        argument(name)?.objectValue
    }

    /// A required input, or Magento's `Required parameter "%1" is missing` (graphql-input).
    public func required(_ name: String) throws -> JSONValue {
        guard let value = argument(name) else { throw GraphQLFault.input("Required parameter \"\(name)\" is missing") }
        return value
    }
}
