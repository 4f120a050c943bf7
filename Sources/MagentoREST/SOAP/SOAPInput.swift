import Foundation
import MagentoWire

/// Turns a request element into the JSON the REST binding reads, guided by the same reflected
/// types the WSDL declares: camelCase elements become the models' snake_case keys, `item`
/// children become lists, and text becomes a number or boolean where the type says so. The
/// handler then binds it exactly as it binds a REST body, errors included.
struct SOAPInput {
    let definitions: [String: WireDefinition]

    func json(_ element: XMLTree, as type: WireType?) -> JSONValue {
        if element.isNil { return .null }
        switch type {
        case .string?, .enumeration?:
            return .string(element.text)
        case .integer?, .number?:
            let text = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
            return Self.isNumber(text) ? .number(text) : .string(element.text)
        case .boolean?:
            switch element.text.trimmingCharacters(in: .whitespacesAndNewlines) {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default: return .string(element.text)
            }
        case .array(let item)?:
            return .array(element.children.map { json($0, as: item) })
        case .map(let value)?:
            return .object(JSONObject(element.children.map { ($0.name, json($0, as: value)) }))
        case .named(let name)?:
            guard let definition = definitions[name] else { return untyped(element) }
            return .object(JSONObject(element.children.map { child in
                let field = definition.fields.first { SOAPNames.camelCase($0.name) == child.name || $0.name == child.name }
                return (field?.name ?? child.name.snakeCased, json(child, as: field?.type))
            }))
        case .any?, .choice?, nil:
            return untyped(element)
        }
    }

    /// No type to follow: leaves are text, `item` children a list, other children an object.
    func untyped(_ element: XMLTree) -> JSONValue {
        if element.isNil { return .null }
        guard !element.children.isEmpty else { return .string(element.text) }
        if element.children.allSatisfy({ $0.name == "item" }) {
            return .array(element.children.map(untyped))
        }
        return .object(JSONObject(element.children.map { ($0.name.snakeCased, untyped($0)) }))
    }

    /// JSON's number syntax, so the text can be passed on as a number unchanged.
    static func isNumber(_ text: String) -> Bool {
        guard !text.isEmpty, (try? JSONValue.parse(Array(text.utf8))).map({ $0.numberText != nil }) == true else { return false }
        return true
    }
}
