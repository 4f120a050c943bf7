/// The fields selected below a resolved field, fragments flattened, so a resolver loads only
/// what the client asked for (aggregations, variants …) and loads it for the whole page at once.
public struct Lookahead: Sendable {
    public var children: [String: Lookahead] = [:]

    public init(children: [String: Lookahead] = [:]) {
        self.children = children
    }

    /// True when `path` (`"items.price_range"`) is selected anywhere below this field.
    public func selects(_ path: String) -> Bool {
        var node = self
        for part in path.split(separator: ".") {
            guard let next = node.children[String(part)] else { return false }
            node = next
        }
        return true
    }

    /// The selection below one child (`lookahead["items"]`); empty when not selected.
    public subscript(name: String) -> Lookahead {
        children[name] ?? Lookahead()
    }
}
