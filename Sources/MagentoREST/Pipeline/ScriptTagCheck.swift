import Foundation
import HTTPTypes
import MagentoWire

/// Recent Magento 2.4 refuses input strings carrying a `<script>` element:
/// 400 `"%field_name" does not contains valid value.` naming the field (Magento's own grammar).
enum ScriptTagCheck {
    static func validate(_ value: JSONValue?, field: String = "") throws {
        switch value {
        case .string(let text):
            if containsScript(text) {
                throw MagentoHTTPError(
                    .badRequest, "\"%field_name\" does not contains valid value.",
                    parameters: .named(["field_name": field])
                )
            }
        case .object(let object):
            for (key, child) in object { try validate(child, field: key) }
        case .array(let items):
            for item in items { try validate(item, field: field) }
        default:
            return
        }
    }

    /// `<script` … `</script` in any case, with anything between.
    static func containsScript(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard let open = lowered.range(of: "<script") else { return false }
        return lowered[open.upperBound...].contains("</script")
    }
}
