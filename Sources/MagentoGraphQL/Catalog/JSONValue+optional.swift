import Foundation
import MagentoWire

extension JSONValue {
    /// An optional integer as a number, or null.
    static func int(_ value: Int?) -> JSONValue {
        value.map { .number(String($0)) } ?? .null
    }

    /// An optional string, or null.
    static func text(_ value: String?) -> JSONValue {
        value.map { .string($0) } ?? .null
    }

    /// An optional decimal as a number, or null.
    static func decimal(_ value: Decimal?) -> JSONValue {
        value.map { .number(NSDecimalNumber(decimal: $0).stringValue) } ?? .null
    }
}
