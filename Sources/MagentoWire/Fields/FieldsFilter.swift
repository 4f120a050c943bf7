/// Magento's `fields=` partial-response filter (`Webapi\Rest\Response\FieldsFilter`).
///
/// `fields=items[sku,name],total_count` keeps only those members, in the response's own order.
/// A bare name keeps its whole subtree; a list applies the filter to each element.
public struct FieldsFilter: Sendable, Equatable {
    /// One selected name and, when it had brackets, the selection below it.
    struct Selection: Sendable, Equatable {
        var name: String
        var children: FieldsFilter?
    }

    /// Names in the order given; a repeated name replaces the earlier selection, as in PHP.
    var selections: [Selection]

    init(selections: [Selection]) {
        self.selections = selections
    }

    func selection(named name: String) -> Selection? {
        selections.first { $0.name == name }
    }

    /// Parses `a,b[c,d[e]],f`; nil means Magento answers the request with `[]`.
    ///
    /// Nil for: an empty string (callers treat `fields=` as "no filter" before calling this),
    /// characters outside `[A-Za-z0-9_[],]`, unclosed or extra brackets, and a bracket group with
    /// no name anywhere before it (`[a]`). Otherwise PHP's quirks are kept: stray commas (`a,,b`,
    /// `a,`) are skipped, `a[]` keeps `a` with nothing below it, and a group nests under the last
    /// name read, so `a,[b]` means `a[b]`.
    public static func parse(_ text: String) -> FieldsFilter? {
        guard !text.isEmpty else { return nil }
        var stack: [(parentName: String, selections: [Selection])] = []
        var current: [Selection] = []
        var nameStart: String.Index?
        // PHP nests under the last name it extracted, even across a `]` (`a[b][c]` nests `c` under `b`).
        var lastName: String?

        func closeName(at end: String.Index) {
            guard let start = nameStart else { return }
            let name = String(text[start..<end])
            set(Selection(name: name, children: nil), in: &current)
            lastName = name
            nameStart = nil
        }

        for index in text.indices {
            let character = text[index]
            switch character {
            case "[":
                closeName(at: index)
                guard let parent = lastName else { return nil }
                stack.append((parent, current))
                current = []
            case "]":
                closeName(at: index)
                guard let (parent, outer) = stack.popLast() else { return nil }
                let inner = FieldsFilter(selections: current)
                current = outer
                set(Selection(name: parent, children: inner), in: &current)
            case ",":
                closeName(at: index)
            default:
                guard character.isASCII, character.isLetter || character.isNumber || character == "_" else {
                    return nil
                }
                if nameStart == nil { nameStart = index }
            }
        }
        guard stack.isEmpty else { return nil }
        closeName(at: text.endIndex)
        return FieldsFilter(selections: current)
    }

    private static func set(_ selection: Selection, in selections: inout [Selection]) {
        if let position = selections.firstIndex(where: { $0.name == selection.name }) {
            selections[position] = selection
        } else {
            selections.append(selection)
        }
    }

    /// Applies the filter to a response body; scalars are returned unchanged.
    public func apply(to value: JSONValue) -> JSONValue {
        switch value {
        case .array(let elements):
            return .array(elements.map(applyToElement))
        case .object(let object) where Self.isPHPList(object):
            // PHP cannot tell `{"0":…,"3":…}` from a list: all-integer keys are filtered per element.
            var result = JSONObject()
            for (key, element) in object { result[key] = applyToElement(element) }
            return .object(result)
        case .object(let object):
            return intersect(object)
        default:
            return value
        }
    }

    /// Below the top level an empty list or object stays what it was. Magento answers null there
    /// (PHP's `applyFilter` result starts as null and the loop never runs), so `items[sku]` on an
    /// empty page gives `"items": null`, which typed clients fail to decode; we keep `[]`
    /// (docs/differences.md).
    private func applyNested(to member: JSONValue) -> JSONValue {
        switch member {
        case .array(let elements) where elements.isEmpty:
            return member
        case .object(let object) where object.isEmpty:
            return member
        case .array, .object:
            return apply(to: member)
        default:
            return member
        }
    }

    /// A list element: objects are intersected; anything else is left as it is.
    private func applyToElement(_ element: JSONValue) -> JSONValue {
        guard case .object(let object) = element else { return element }
        return intersect(object)
    }

    private func intersect(_ object: JSONObject) -> JSONValue {
        var result = JSONObject()
        for (key, member) in object {
            guard let selection = selection(named: key) else { continue }
            guard let children = selection.children else {
                result[key] = member
                continue
            }
            result[key] = key == "custom_attributes"
                ? children.filterCustomAttributes(member) : children.applyNested(to: member)
        }
        // PHP encodes an empty array as `[]`, whatever it held before.
        return result.isEmpty ? .array([]) : .object(result)
    }

    static func isPHPList(_ object: JSONObject) -> Bool {
        object.keys.allSatisfy { PHPVariableName.integerKey($0) != nil }
    }
}
