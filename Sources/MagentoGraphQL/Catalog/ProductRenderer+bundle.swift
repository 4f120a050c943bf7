import CommerceDomain
import Foundation
import MagentoWire

extension ProductRenderer {
    /// A `BundleProduct`'s fields from its options and the Bundle attributes (`price_type`,
    /// `sku_type` 0 dynamic; `price_view` 1 "as low as"; `shipment_type` 1 separately). Items
    /// and their options carry Magento's uids: `bundle/<option id>` and
    /// `bundle/<option id>/<selection id>/<quantity>`, the latter being what a storefront sends
    /// back in `selected_options`.
    func addBundle(_ product: Product, related: Related, to object: inout JSONObject) {
        object["dynamic_price"] = .bool(attribute("price_type", of: product) != "1")
        object["dynamic_sku"] = .bool(attribute("sku_type", of: product) != "1")
        object["dynamic_weight"] = .bool(product.weight == nil)
        object["price_view"] = attribute("price_view", of: product) == "1" ? "AS_LOW_AS" : "PRICE_RANGE"
        object["ship_bundle_items"] = attribute("shipment_type", of: product) == "1" ? "SEPARATELY" : "TOGETHER"
        let priceRange = object["price_range"] ?? .null
        object["items"] = .array((product.extensionAttributes?.bundleProductOptions ?? []).map { option in
            let optionId = option.optionId ?? 0
            return .object(JSONObject([
                ("option_id", .number(String(optionId))),
                ("uid", .string(EntityUid.encode("bundle/\(optionId)"))),
                ("title", option.title.map(JSONValue.string) ?? .null),
                ("required", .bool(option.required ?? false)),
                ("type", option.type.map(JSONValue.string) ?? .null),
                ("position", option.position.map { .number(String($0)) } ?? .null),
                ("sku", product.sku.map(JSONValue.string) ?? .null),
                ("price_range", priceRange),
                ("options", .array((option.productLinks ?? []).map { bundleItemOption($0, optionId: optionId, related: related) })),
            ]))
        })
    }

    private func bundleItemOption(_ link: BundleLink, optionId: Int, related: Related) -> JSONValue {
        let child = link.sku.flatMap { related.bySku[$0.lowercased()] }
        let qty = link.qty ?? 1
        let quantity = JSONValue.number(NSDecimalNumber(decimal: qty).stringValue)
        return .object(JSONObject([
            ("id", .number(link.id ?? "0")),
            ("uid", .string(EntityUid.encode("bundle/\(optionId)/\(link.id ?? "0")/\(qty)"))),
            ("label", (child?.name ?? link.sku).map(JSONValue.string) ?? .null),
            ("quantity", quantity),
            ("qty", quantity),
            ("position", link.position.map { .number(String($0)) } ?? .null),
            ("is_default", .bool(link.isDefault ?? false)),
            ("price", .number(NSDecimalNumber(decimal: link.price ?? 0).stringValue)),
            ("price_type", link.priceType == 1 ? "PERCENT" : "FIXED"),
            ("can_change_quantity", .bool(link.canChangeQuantity == 1)),
            ("product", child.map { json($0, related: related, withLinks: false) } ?? .null),
        ]))
    }
}
