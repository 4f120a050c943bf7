import Foundation
import MagentoWire

/// A cart line's customizable options
/// (`product_option.extension_attributes.custom_options[{option_id, option_value}]`): checked
/// against the product's options when the line is added, and priced on top of the product.
enum CustomOptionSelection {
    static let requiredMissing = CommerceError.invalidInput(
        message: "The product's required option(s) weren't entered. Make sure the options are entered and try again."
    )
    static let unavailable = CommerceError.invalidInput(message: "Some of the selected item options are not currently available.")
    static let tooLong = CommerceError.invalidInput(message: "The text is too long. Shorten the text and try again.")

    /// Kinds whose value is one or more of the option's value ids (comma-separated for several).
    static let selectTypes: Set<String> = ["drop_down", "radio", "checkbox", "multiple"]

    /// Option id → the value sent, empty values left out.
    static func choices(_ productOption: JSONValue?) -> [Int: String] {
        guard case .object(let option)? = productOption, case .object(let extensions)? = option["extension_attributes"],
              case .array(let options)? = extensions["custom_options"] else { return [:] }
        var result: [Int: String] = [:]
        for case .object(let entry) in options {
            guard let id = entry["option_id"].flatMap(text).flatMap(Int.init),
                  let value = entry["option_value"].flatMap(text), !value.isEmpty else { continue }
            result[id] = value
        }
        return result
    }

    /// Magento's checks: every required option has a value, a select option's value is one of its
    /// choices, a text option fits its `max_characters`. Values for options the product does not
    /// have are ignored, as Magento ignores them.
    static func validate(_ options: [ProductCustomOption], choices: [Int: String]) throws {
        for option in options {
            guard let id = option.optionId, let value = choices[id] else {
                if option.isRequire == true { throw requiredMissing }
                continue
            }
            if selectTypes.contains(option.type ?? "") {
                let known = Set((option.values ?? []).compactMap(\.optionTypeId))
                let picked = valueIds(value)
                guard !picked.isEmpty, picked.allSatisfy(known.contains) else { throw unavailable }
                if picked.count > 1, option.type == "drop_down" || option.type == "radio" { throw unavailable }
            } else if let limit = option.maxCharacters, limit > 0, value.count > limit {
                throw tooLong
            }
        }
    }

    /// What the chosen options add to one unit: fixed amounts, or percentages of `basePrice`.
    static func surcharge(_ options: [ProductCustomOption], choices: [Int: String], basePrice: Decimal) -> Decimal {
        var total: Decimal = 0
        for option in options {
            guard let id = option.optionId, let value = choices[id] else { continue }
            if selectTypes.contains(option.type ?? "") {
                let picked = Set(valueIds(value))
                for choice in option.values ?? [] where picked.contains(choice.optionTypeId ?? -1) {
                    total += amount(choice.price, type: choice.priceType, basePrice: basePrice)
                }
            } else {
                total += amount(option.price, type: option.priceType, basePrice: basePrice)
            }
        }
        return total
    }

    /// The chosen options as the totals row's `options` string shows them:
    /// `[{"value":"ADA","label":"Engraving"}]`, a select option's value by its titles.
    static func labels(_ options: [ProductCustomOption], choices: [Int: String]) -> String {
        let entries: [JSONValue] = options.compactMap { option in
            guard let id = option.optionId, let value = choices[id] else { return nil }
            var shown = value
            if selectTypes.contains(option.type ?? "") {
                let picked = Set(valueIds(value))
                shown = (option.values ?? []).filter { picked.contains($0.optionTypeId ?? -1) }.compactMap(\.title).joined(separator: ", ")
            }
            return .object(JSONObject([("value", .string(shown)), ("label", .string(option.title ?? ""))]))
        }
        return JSONValue.array(entries).jsonString
    }

    /// The choices with several value ids put in one order, to compare two lines' options.
    static func normalized(_ productOption: JSONValue?) -> [Int: String] {
        choices(productOption).mapValues { value in
            let ids = valueIds(value)
            return ids.isEmpty ? value : ids.sorted().map(String.init).joined(separator: ",")
        }
    }

    static func valueIds(_ value: String) -> [Int] {
        let parts = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let ids = parts.compactMap { Int($0) }
        return ids.count == parts.count ? ids : []
    }

    private static func amount(_ price: Decimal?, type: String?, basePrice: Decimal) -> Decimal {
        guard let price else { return 0 }
        return type == "percent" ? basePrice * price / 100 : price
    }

    private static func text(_ value: JSONValue) -> String? {
        value.stringValue ?? value.numberText
    }
}

extension QuoteItem {
    /// Lines of one SKU are one line only when their customizable options (and a bundle's
    /// chosen selections) are the same, so adding an engraved mug does not add to the plain one.
    public func hasSameCustomOptions(as other: QuoteItem) -> Bool {
        CustomOptionSelection.normalized(productOption) == CustomOptionSelection.normalized(other.productOption)
            && BundleSelection.requests(productOption) == BundleSelection.requests(other.productOption)
    }
}
