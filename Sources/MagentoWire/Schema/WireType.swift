/// The shape of a value on the wire, independent of format: one description of each type drives
/// the JSON Swagger document (and, later, SOAP's XSD).
public indirect enum WireType: Sendable, Equatable {
    case string
    case integer
    case number
    case boolean
    /// Any JSON value (a custom attribute's value, a free-form map member).
    case any
    /// A string from a closed set (Magento's enumerations).
    case enumeration([String])
    case array(WireType)
    /// An object with arbitrary string keys, each holding `WireType`.
    case map(WireType)
    /// A named object type, described once in ``WireTypeReflector/definitions``.
    case named(String)
    /// One of several shapes (error `parameters`: a list or a map of strings).
    case choice([WireType])
}

/// One member of a named object type.
public struct WireField: Sendable, Equatable {
    /// The key on the wire (`attribute_set_id`).
    public var name: String
    public var type: WireType
    /// A request must carry it (decoded with `decode`, not `decodeIfPresent`).
    public var required: Bool

    public init(_ name: String, _ type: WireType, required: Bool = false) {
        self.name = name
        self.type = type
        self.required = required
    }
}

/// A named object type: Magento's type name and its members in wire order.
public struct WireDefinition: Sendable, Equatable {
    public var name: String
    public var fields: [WireField]

    public init(name: String, fields: [WireField]) {
        self.name = name
        self.fields = fields
    }
}

/// A wire model whose definition carries Magento's type name (`catalog-data-product-interface`)
/// rather than one derived from the Swift name.
public protocol WireTypeNamed {
    static var wireTypeName: String { get }
}

/// A wire model whose decoder cannot show its shape (it reads a raw ``JSONValue`` and interprets
/// it), so it states the shape itself.
public protocol WireTypeDescribed {
    static func wireType(_ reflector: WireTypeReflector) -> WireType
}
