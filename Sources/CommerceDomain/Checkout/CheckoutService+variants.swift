import Foundation
import MagentoWire

/// Configurable lines named by their variant: storefronts that know the child SKU send it with
/// its parent's, and the line is stored as REST stores it, the parent's options picking the child.
extension CheckoutService {
    /// The `product_option` that picks `childSku` under `parentSku`: one
    /// `configurable_item_options` entry per configurable attribute, from the child's values.
    /// Refused with Magento's texts when either product is unknown or the child is not a variant.
    public func configurableOption(parentSku: String, childSku: String, storeId: Int) async throws -> JSONValue {
        let scope = CatalogScope(storeId: storeId, writesToView: false)
        let parent = try await products.product(sku: parentSku, scope: scope)
        let child = try await products.product(sku: childSku, scope: scope)
        guard parent.typeId == "configurable", let childId = child.id,
              (parent.extensionAttributes?.configurableProductLinks ?? []).contains(childId) else {
            throw ConfigurableSelection.optionsMissing
        }
        let codes = Dictionary(try await attributes.definitions().values.map { ($0.id, $0.code) }) { first, _ in first }
        var entries: [JSONValue] = []
        for option in parent.extensionAttributes?.configurableProductOptions ?? [] {
            guard let id = option.attributeId.flatMap(Int.init), let code = codes[id],
                  let value = CartLineFacts.attribute(code, of: child) else { throw ConfigurableSelection.optionsMissing }
            entries.append(.object(JSONObject([("option_id", .string(String(id))), ("option_value", .string(value))])))
        }
        return .object(JSONObject([("extension_attributes", .object(JSONObject([("configurable_item_options", .array(entries))])))]))
    }
}
