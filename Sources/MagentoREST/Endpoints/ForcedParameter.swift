/// A parameter the route sets from the caller's identity, overwriting whatever the client sent
/// (webapi.xml `<parameter force="true">`), so a customer can never reach another's data.
public struct ForcedParameter: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        /// `%customer_id%`: the token's customer id, or null for any other caller.
        case customerId
    }

    /// A top-level argument name, or a dotted path into one (`customer.id`).
    public var name: String
    public var source: Source

    public init(_ name: String, from source: Source) {
        self.name = name
        self.source = source
    }
}
