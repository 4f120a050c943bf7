import MagentoWire

/// A top-level key of a route's JSON body and the wire model it binds to, for the Swagger
/// document: `.required("product", Product.self)`, `.optional("saveOptions", Bool.self)`.
public struct BodyArgument: Sendable {
    public var name: String
    public var required: Bool
    let describe: @Sendable (WireTypeReflector) -> WireType

    public static func required<T: Decodable & Sendable>(_ name: String, _ type: T.Type) -> BodyArgument {
        BodyArgument(name: name, required: true) { $0.describe(T.self) }
    }

    public static func optional<T: Decodable & Sendable>(_ name: String, _ type: T.Type) -> BodyArgument {
        BodyArgument(name: name, required: false) { $0.describe(T.self) }
    }
}
