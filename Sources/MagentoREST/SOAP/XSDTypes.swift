import MagentoWire

/// Renders ``WireType`` descriptions as XML Schema types, the XSD twin of `SwaggerSchema`: the
/// same reflected models, in Magento's WSDL spelling (`tns:CatalogDataProductInterface`,
/// `ArrayOf…` with repeated `item`, camelCase members).
struct XSDTypes {
    /// Array types referred to so far, by name, in first-use order.
    private(set) var arrays: [(name: String, item: WireType)] = []

    /// The qualified type name for `type`, recording any array type it needs.
    mutating func reference(_ type: WireType) -> String {
        switch type {
        case .string, .enumeration: return "xsd:string"
        case .integer: return "xsd:int"
        case .number: return "xsd:float"
        case .boolean: return "xsd:boolean"
        case .any, .map, .choice: return "xsd:anyType"
        case .named(let name): return "tns:" + SOAPNames.typeName(name)
        case .array(let item):
            let name = Self.arrayName(item)
            if !arrays.contains(where: { $0.name == name }) {
                arrays.append((name, item))
                _ = reference(item)
            }
            return "tns:" + name
        }
    }

    /// `ArrayOfString`, `ArrayOfCatalogDataProductInterface`, `ArrayOfArrayOfInt`.
    static func arrayName(_ item: WireType) -> String {
        switch item {
        case .string, .enumeration: "ArrayOfString"
        case .integer: "ArrayOfInt"
        case .number: "ArrayOfFloat"
        case .boolean: "ArrayOfBoolean"
        case .any, .map, .choice: "ArrayOfAnyType"
        case .named(let name): "ArrayOf" + SOAPNames.typeName(name)
        case .array(let inner): "ArrayOf" + arrayName(inner)
        }
    }

    /// `<xsd:complexType name="…"><xsd:sequence>` with one element per member.
    mutating func writeComplexType(_ name: String, members: [(name: String, type: WireType, required: Bool)], into xml: inout XMLWriter) {
        xml.open("xsd:complexType", ["name": name])
        xml.open("xsd:sequence")
        for member in members {
            xml.open("xsd:element", [
                "name": member.name, "minOccurs": member.required ? "1" : "0", "maxOccurs": "1", "type": reference(member.type),
            ], empty: true)
        }
        xml.close("xsd:sequence")
        xml.close("xsd:complexType")
    }

    /// A reflected model: its members camelCased, in the order the model reads them.
    mutating func writeDefinition(_ definition: WireDefinition, into xml: inout XMLWriter) {
        writeComplexType(
            SOAPNames.typeName(definition.name),
            members: definition.fields.map { (SOAPNames.camelCase($0.name), $0.type, $0.required) }, into: &xml
        )
    }

    /// Every array type recorded so far (writing one may record another, nested).
    mutating func writeArrays(into xml: inout XMLWriter, skipping written: inout Set<String>) {
        var index = 0
        while index < arrays.count {
            let (name, item) = arrays[index]
            index += 1
            guard written.insert(name).inserted else { continue }
            let itemType = reference(item)
            xml.open("xsd:complexType", ["name": name])
            xml.open("xsd:sequence")
            xml.open("xsd:element", ["name": "item", "minOccurs": "0", "maxOccurs": "unbounded", "type": itemType], empty: true)
            xml.close("xsd:sequence")
            xml.close("xsd:complexType")
        }
    }
}
