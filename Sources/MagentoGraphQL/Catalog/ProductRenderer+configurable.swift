import MagentoWire

extension ProductRenderer {
    /// `configurable_options` (axes with their values' uids, `configurable/<attribute id>/<option
    /// id>` as Magento encodes them) and `variants` (each enabled child with its axis values).
    func addConfigurable(_ product: Product, related: Related, to object: inout JSONObject) {
        let productId = product.id ?? 0
        let options = (product.extensionAttributes?.configurableProductOptions ?? []).sorted { ($0.position ?? 0) < ($1.position ?? 0) }
        let children = (product.extensionAttributes?.configurableProductLinks ?? []).compactMap { related.children[$0] }
            .filter { $0.status != 2 }
        var axes: [(code: String, attributeId: Int)] = []
        object["configurable_options"] = .array(options.map { option in
            let attributeId = Int(option.attributeId ?? "") ?? 0
            let definition = attributes.attribute(id: attributeId)
            let code = definition?.attributeCode ?? ""
            axes.append((code, attributeId))
            let values = (option.values ?? []).compactMap(\.valueIndex)
            return [
                "uid": .string(EntityUid.encode("configurable/\(productId)/\(attributeId)")),
                "id": option.id.map { .number(String($0)) } ?? .null,
                "attribute_uid": .string(EntityUid.encode(attributeId)),
                "attribute_id": .string(String(attributeId)),
                "attribute_id_v2": .number(String(attributeId)),
                "attribute_code": .string(code),
                "label": .string(option.label ?? definition.map(attributes.label) ?? code),
                "position": option.position.map { .number(String($0)) } ?? .null,
                "use_default": .bool(option.isUseDefault ?? false),
                "product_id": .number(String(productId)),
                "values": .array(values.map { valueIndex in
                    let label = attributes.optionLabel(code: code, value: String(valueIndex)).map(JSONValue.string) ?? .null
                    return [
                        "uid": .string(EntityUid.encode("configurable/\(attributeId)/\(valueIndex)")),
                        "value_index": .number(String(valueIndex)),
                        "label": label, "default_label": label, "store_label": label,
                        "use_default_value": true, "swatch_data": .null,
                    ]
                }),
            ]
        })
        object["variants"] = .array(children.map { child in
            [
                "product": json(child, related: related, withLinks: false),
                "attributes": .array(axes.compactMap { axis in
                    guard let value = attribute(axis.code, of: child), let index = Int(value) else { return nil }
                    return [
                        "code": .string(axis.code),
                        "label": attributes.optionLabel(code: axis.code, value: value).map(JSONValue.string) ?? .null,
                        "uid": .string(EntityUid.encode("configurable/\(axis.attributeId)/\(index)")),
                        "value_index": .number(String(index)),
                    ]
                }),
            ]
        })
        object["configurable_product_options_selection"] = .null
    }
}
