import Foundation
import MagentoWire

/// Magento's variation matrix (`PUT /V1/configurable-products/variation`): one simple product per
/// combination of the options' values, made from the sent product and not saved. Each takes the
/// product's data, the combination's attribute values, and the value ids as a suffix of its SKU
/// and name (`MS-Champ-167-52`), and is not visible on its own, as a configurable's children are.
public enum ConfigurableVariations {
    /// `codes`: attribute id → attribute code, for every attribute the options name.
    public static func generate(_ product: Product, options: [ConfigurableProductOption], codes: [Int: String]) throws -> [Product] {
        var axes: [(code: String, values: [Int])] = []
        for option in options {
            guard let id = option.attributeId.flatMap({ Int($0) }), let code = codes[id] else {
                throw CommerceError.noSuchEntity(field: "attributeId", value: option.attributeId ?? "")
            }
            axes.append((code, (option.values ?? []).compactMap(\.valueIndex)))
        }
        var combinations: [[(code: String, value: Int)]] = [[]]
        for axis in axes {
            combinations = combinations.flatMap { partial in axis.values.map { partial + [(axis.code, $0)] } }
        }
        return combinations.map { combination in
            var variation = product
            let suffix = combination.map { "-\($0.value)" }.joined()
            variation.id = nil
            variation.sku = (product.sku ?? "") + suffix
            variation.name = (product.name ?? "") + suffix
            variation.typeId = "simple"
            variation.visibility = 1
            variation.extensionAttributes?.configurableProductLinks = nil
            variation.extensionAttributes?.configurableProductOptions = nil
            var attributes = (product.customAttributes ?? []).filter { existing in !combination.contains { $0.code == existing.attributeCode } }
            attributes += combination.map { CustomAttribute(attributeCode: $0.code, value: .string(String($0.value))) }
            variation.customAttributes = attributes
            return variation
        }
    }
}
