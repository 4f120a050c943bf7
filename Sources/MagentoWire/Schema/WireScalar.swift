import Foundation

/// The scalar Swift types and their wire shape and placeholder value.
enum WireScalar {
    static func reflect<T>(_ type: T.Type) -> (value: T?, type: WireType)? {
        switch type {
        case is String.Type: return ("" as? T, .string)
        case is Bool.Type: return (false as? T, .boolean)
        case is Decimal.Type: return (Decimal(0) as? T, .number)
        case is UUID.Type: return (UUID() as? T, .string)
        case is JSONValue.Type: return (JSONValue.null as? T, .any)
        case is JSONObject.Type: return (JSONObject() as? T, .map(.any))
        default: break
        }
        if let integer = type as? any FixedWidthInteger.Type { return (zero(integer) as? T, .integer) }
        if let floating = type as? any BinaryFloatingPoint.Type { return (zero(floating) as? T, .number) }
        return nil
    }

    private static func zero<I: FixedWidthInteger>(_ type: I.Type) -> I { 0 }
    private static func zero<F: BinaryFloatingPoint>(_ type: F.Type) -> F { 0 }
}

/// Optionals, arrays and string-keyed dictionaries: shapes built from their element's shape.
protocol WireContainerType {
    static func wireType(_ reflector: WireTypeReflector) -> WireType
    static var empty: Self { get }
}

extension Optional: WireContainerType where Wrapped: Decodable {
    static func wireType(_ reflector: WireTypeReflector) -> WireType { reflector.describe(Wrapped.self) }
    static var empty: Self { nil }
}

extension Array: WireContainerType where Element: Decodable {
    static func wireType(_ reflector: WireTypeReflector) -> WireType { .array(reflector.describe(Element.self)) }
    static var empty: Self { [] }
}

extension Dictionary: WireContainerType where Key == String, Value: Decodable {
    static func wireType(_ reflector: WireTypeReflector) -> WireType { .map(reflector.describe(Value.self)) }
    static var empty: Self { [:] }
}

/// Marks `Optional`, so a result type can be recognised as one that may be `null`.
public protocol WireOptional {}

extension Optional: WireOptional {}
