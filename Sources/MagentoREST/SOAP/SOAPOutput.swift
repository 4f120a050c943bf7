import MagentoWire

/// Writes a handler's JSON result as the `…Response` content, guided by the reflected result
/// type so the document matches the WSDL: members in the schema's order and camelCase
/// (Magento's `convertKeysToCamelCase`), lists as repeated `item`, nulls left out.
struct SOAPOutput {
    let definitions: [String: WireDefinition]

    func write(_ value: JSONValue, named name: String, as type: WireType?, into xml: inout XMLWriter) {
        switch (value, type) {
        case (.null, _):
            return
        case (.object(let object), .named(let typeName)?):
            guard let definition = definitions[typeName] else { return untyped(value, named: name, into: &xml) }
            xml.open(name)
            for field in definition.fields {
                guard let member = object[field.name] else { continue }
                write(member, named: SOAPNames.camelCase(field.name), as: field.type, into: &xml)
            }
            xml.close(name)
        case (.array(let items), .array(let itemType)?):
            xml.open(name)
            for item in items { write(item, named: "item", as: itemType, into: &xml) }
            xml.close(name)
        case (.string(let text), _):
            xml.element(name, text: text)
        case (.number(let text), _):
            xml.element(name, text: text)
        case (.bool(let flag), _):
            xml.element(name, text: flag ? "true" : "false")
        default:
            untyped(value, named: name, into: &xml)
        }
    }

    /// An `anyType` value: objects as elements (keys that cannot be element names are left
    /// out), lists as `item`s, scalars as text.
    func untyped(_ value: JSONValue, named name: String, into xml: inout XMLWriter) {
        switch value {
        case .null:
            return
        case .object(let object):
            xml.open(name)
            for (key, member) in object {
                let element = SOAPNames.camelCase(key)
                if SOAPNames.isElementName(element) { untyped(member, named: element, into: &xml) }
            }
            xml.close(name)
        case .array(let items):
            xml.open(name)
            for item in items { untyped(item, named: "item", into: &xml) }
            xml.close(name)
        default:
            write(value, named: name, as: nil, into: &xml)
        }
    }
}
