import Foundation
import MagentoWire

/// Which child of a configurable product the sent options pick
/// (`product_option.extension_attributes.configurable_item_options[{option_id, option_value}]`).
enum ConfigurableSelection {
    static let optionsMissing = CommerceError.invalidInput(message: "You need to choose options for your item.")

    /// Attribute id → chosen value, from the cart item's `product_option`.
    static func choices(_ productOption: JSONValue?) -> [Int: String] {
        guard case .object(let option)? = productOption, case .object(let extensions)? = option["extension_attributes"],
              case .array(let options)? = extensions["configurable_item_options"] else { return [:] }
        var result: [Int: String] = [:]
        for case .object(let entry) in options {
            guard let id = entry["option_id"].flatMap(text).flatMap(Int.init), let value = entry["option_value"].flatMap(text) else { continue }
            result[id] = value
        }
        return result
    }

    /// The child whose attribute values match every option of the parent; refused when an option
    /// is not chosen or no child has that combination.
    static func child(
        of parent: Product, choices: [Int: String], children: [Product], attributeCodes: [Int: String]
    ) throws -> Product {
        let options = parent.extensionAttributes?.configurableProductOptions ?? []
        let wanted: [(code: String, value: String)] = try options.map { option in
            guard let id = option.attributeId.flatMap(Int.init), let value = choices[id], let code = attributeCodes[id] else { throw optionsMissing }
            return (code, value)
        }
        guard !wanted.isEmpty, let child = children.first(where: { child in
            wanted.allSatisfy { CartLineFacts.attribute($0.code, of: child) == $0.value }
        }) else { throw optionsMissing }
        return child
    }

    private static func text(_ value: JSONValue) -> String? {
        value.stringValue ?? value.numberText
    }
}
