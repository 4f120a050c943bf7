/// A subscription to event types: an exact type (`sales_order.placed`), a prefix ending in `*`
/// (`catalog_product.*`), or `*` for everything.
public struct EventTypePattern: Sendable, Equatable {
    public let text: String

    public init(_ text: String) {
        self.text = text
    }

    public func matches(_ type: String) -> Bool {
        text.hasSuffix("*") ? type.hasPrefix(text.dropLast()) : type == text
    }

    /// Parses a comma-separated list; empty means "every type".
    public static func list(_ text: String?) -> [EventTypePattern] {
        (text ?? "").split(separator: ",").map { EventTypePattern(String($0).trimmingSpacesOnly) }.filter { !$0.text.isEmpty }
    }
}

extension String {
    fileprivate var trimmingSpacesOnly: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
