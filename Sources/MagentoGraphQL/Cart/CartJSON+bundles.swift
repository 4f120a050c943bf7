import CommerceDomain
import Foundation
import MagentoWire

extension LoadedCart {
    /// A bundle line's `bundle_options`: each chosen option (uid `bundle/<option id>`) with its
    /// chosen selections (uid `bundle/<option id>/<selection id>/<quantity>`), labelled with the
    /// child's name and priced per unit: the selection's own price on a fixed-price bundle, the
    /// child's price on a dynamic one.
    func bundleOptions(_ line: QuoteItem, bundle: Product) -> [JSONValue] {
        let choices = BundleSelection.choices(of: line, bundle: bundle)
        let fixed = BundleRules.isFixedPrice(bundle)
        var optionIds: [Int] = []
        for choice in choices where !optionIds.contains(choice.option.optionId ?? 0) { optionIds.append(choice.option.optionId ?? 0) }
        return optionIds.map { optionId in
            let chosen = choices.filter { $0.option.optionId == optionId }
            let option = chosen.first?.option
            return .object(JSONObject([
                ("id", .number(String(optionId))),
                ("uid", .string(CartUID.encode("bundle/\(optionId)"))),
                ("label", .string(option?.title ?? "")),
                ("type", .string(option?.type ?? "select")),
                ("values", .array(chosen.map { choice in
                    let child = inputs.product(choice.link.sku ?? "")
                    let selectionId = choice.link.id ?? ""
                    let price = fixed ? BundlePricing.selectionPrice(choice.link, bundle: bundle) : child?.price ?? 0
                    return .object(JSONObject([
                        ("id", .number(selectionId)),
                        ("uid", .string(CartUID.encode("bundle/\(optionId)/\(selectionId)/\(choice.qty)"))),
                        ("label", .string(child?.name ?? choice.link.sku ?? "")),
                        ("price", CartMoney.number(price)),
                        ("quantity", CartMoney.number(choice.qty)),
                    ]))
                })),
            ]))
        }
    }
}
