import CommerceDomain
import Foundation
import MagentoWire

/// The cart's lines: `SimpleCartItem`, `VirtualCartItem`, `ConfigurableCartItem` or `BundleCartItem`, with their
/// prices, options and products.
extension LoadedCart {
    func items(_ look: Lookahead, products: CartProducts) async throws -> [JSONValue] {
        let labels = look.selects("configurable_options") ? try await products.optionLabels(quote.items.compactMap { line in
            line.parentSku.flatMap(inputs.product)
        }) : [:]
        let productLook = look["product"].merged(look["configured_variant"])
        let shown = quote.items.flatMap { line in [inputs.product(line.sku), line.parentSku.flatMap(inputs.product)].compactMap { $0 } }
        let rendering = look.selects("product") || look.selects("configured_variant")
            ? try await products.rendering(shown, look: productLook) : nil
        return quote.items.map { line in item(line, look: look, products: products, rendering: rendering, labels: labels) }
    }

    private func item(
        _ line: QuoteItem, look: Lookahead, products: CartProducts, rendering: CartProducts.Rendering?, labels: [Int: [String: String]]
    ) -> JSONValue {
        let product = inputs.product(line.sku)
        let parent = line.parentSku.flatMap(inputs.product)
        let shown = parent ?? product
        let row = self.row(line.itemId)
        let type = parent != nil ? "ConfigurableCartItem" : product?.typeId == "bundle" ? "BundleCartItem"
            : (["virtual", "downloadable"].contains(product?.typeId ?? "") ? "VirtualCartItem" : "SimpleCartItem")
        var pairs: [(String, JSONValue)] = [
            ("__typename", .string(type)),
            ("uid", .string(CartUID.item(line.itemId))),
            ("id", .string(String(line.itemId))),
            ("quantity", CartMoney.number(line.qty)),
            ("is_available", .bool(product != nil)),
            ("not_available_message", .null),
            ("max_qty", .null),
            ("min_qty", .null),
            ("errors", .null),
            ("prices", itemPrices(row)),
            ("customizable_options", .array(customizableOptions(line, of: shown))),
        ]
        if look.selects("product"), let shown {
            pairs.append(("product", products.json(shown, rendering)))
        }
        if let product, product.typeId == "bundle" {
            pairs.append(("bundle_options", .array(bundleOptions(line, bundle: product))))
        }
        if parent != nil {
            pairs.append(("configurable_options", .array(configurableOptions(line, parent: parent, labels: labels))))
            if look.selects("configured_variant"), let product {
                pairs.append(("configured_variant", products.json(product, rendering)))
            }
        }
        return .object(JSONObject(pairs))
    }

    private func itemPrices(_ row: CartTotalsItem?) -> JSONValue {
        guard let row else { return .null }
        let discount: JSONValue = row.discountAmount == 0 ? .null : .array([[
            "amount": money(row.discountAmount), "label": .string(discountLabel), "applied_to": "ITEM",
            "coupon": quote.details.couponCode.map { ["code": .string($0)] } ?? .null, "is_discounting_locked": false,
        ]])
        return .object(JSONObject([
            ("price", money(row.price)),
            ("price_including_tax", money(row.priceInclTax)),
            ("row_total", money(row.rowTotal)),
            ("row_total_including_tax", money(row.rowTotalInclTax)),
            ("discounts", discount),
            ("total_item_discount", money(row.discountAmount)),
            ("original_item_price", money(row.price)),
            ("original_row_total", money(row.rowTotal)),
            ("fixed_product_taxes", .array([])),
        ]))
    }

    /// `SelectedCustomizableOption`s: the line's chosen options of the product (the parent's
    /// for a configurable line), select values by their titles and prices.
    private func customizableOptions(_ line: QuoteItem, of product: Product?) -> [JSONValue] {
        let choices = CartLineOptions.custom(line.productOption)
        return (product?.options ?? []).compactMap { option -> JSONValue? in
            guard let id = option.optionId, let value = choices[id] else { return nil }
            let values: [JSONValue]
            if CartLineOptions.isSelect(option) {
                let picked = Set(CartLineOptions.valueIds(value))
                values = (option.values ?? []).filter { picked.contains($0.optionTypeId ?? -1) }.map { choice in
                    optionValue(uid: "custom-option/\(id)/\(choice.optionTypeId ?? 0)", id: choice.optionTypeId ?? 0,
                                label: choice.title ?? "", value: String(choice.optionTypeId ?? 0), price: choice.price, type: choice.priceType)
                }
            } else {
                values = [optionValue(uid: "custom-option/\(id)", id: id, label: "", value: value, price: option.price, type: option.priceType)]
            }
            return .object(JSONObject([
                ("customizable_option_uid", .string(CartUID.encode("custom-option/\(id)"))),
                ("id", .number(String(id))),
                ("is_required", .bool(option.isRequire ?? false)),
                ("label", .string(option.title ?? "")),
                ("sort_order", .number(String(option.sortOrder ?? 0))),
                ("type", .string(option.type ?? "")),
                ("values", .array(values)),
            ]))
        }
    }

    private func optionValue(uid: String, id: Int, label: String, value: String, price: Decimal?, type: String?) -> JSONValue {
        .object(JSONObject([
            ("customizable_option_value_uid", .string(CartUID.encode(uid))),
            ("id", .number(String(id))),
            ("label", .string(label)),
            ("value", .string(value)),
            ("price", [
                "type": .string((type ?? "fixed").uppercased()), "units": .string(currency == "USD" ? "$" : currency),
                "value": CartMoney.number(price ?? 0),
            ]),
        ]))
    }

    /// `SelectedConfigurableOption`s: each configurable attribute of the parent with the value
    /// the line picked (labels by attribute id, then value index).
    private func configurableOptions(_ line: QuoteItem, parent: Product?, labels: [Int: [String: String]]) -> [JSONValue] {
        let choices = CartLineOptions.configurable(line.productOption)
        return (parent?.extensionAttributes?.configurableProductOptions ?? []).compactMap { option -> JSONValue? in
            guard let attributeId = option.attributeId.flatMap(Int.init), let value = choices[attributeId] else { return nil }
            return .object(JSONObject([
                ("configurable_product_option_uid", .string(CartUID.encode("configurable/\(attributeId)"))),
                ("configurable_product_option_value_uid", .string(CartUID.encode("configurable/\(attributeId)/\(value)"))),
                ("id", .number(String(attributeId))),
                ("option_label", .string(option.label ?? "")),
                ("value_id", Int(value).map { .number(String($0)) } ?? .number("0")),
                ("value_label", .string(labels[attributeId]?[value] ?? value)),
            ]))
        }
    }
}
