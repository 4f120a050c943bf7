import Foundation
import MagentoWire

extension ProductRenderer {
    /// Customizable options as their concrete types, uids as Magento encodes them
    /// (`custom-option/<option id>` and `custom-option/<option id>/<value id>`).
    func customizableOptions(_ product: Product) -> JSONValue {
        let options = (product.options ?? []).sorted { ($0.sortOrder ?? 0) < ($1.sortOrder ?? 0) }
        return .array(options.map { option in
            let optionId = option.optionId ?? 0
            var object: JSONObject = [
                "__typename": .string(Self.optionTypeName(option.type)),
                "uid": .string(EntityUid.encode("custom-option/\(optionId)")),
                "option_id": .number(String(optionId)),
                "title": option.title.map(JSONValue.string) ?? .null,
                "required": .bool(option.isRequire ?? false),
                "sort_order": option.sortOrder.map { .number(String($0)) } ?? .null,
                "product_sku": product.sku.map(JSONValue.string) ?? .null,
            ]
            if let values = option.values, !values.isEmpty {
                object["value"] = .array(values.sorted { ($0.sortOrder ?? 0) < ($1.sortOrder ?? 0) }.map { value in
                    let valueId = value.optionTypeId ?? 0
                    return [
                        "uid": .string(EntityUid.encode("custom-option/\(optionId)/\(valueId)")),
                        "option_type_id": .number(String(valueId)),
                        "title": value.title.map(JSONValue.string) ?? .null,
                        "sort_order": value.sortOrder.map { .number(String($0)) } ?? .null,
                        "price": .number(NSDecimalNumber(decimal: value.price ?? 0).stringValue),
                        "price_type": .string((value.priceType ?? "fixed").uppercased()),
                        "sku": value.sku.map(JSONValue.string) ?? .null,
                    ]
                })
            } else {
                object["value"] = [
                    "uid": .string(EntityUid.encode("custom-option/\(optionId)")),
                    "price": .number(NSDecimalNumber(decimal: option.price ?? 0).stringValue),
                    "price_type": .string((option.priceType ?? "fixed").uppercased()),
                    "sku": option.sku.map(JSONValue.string) ?? .null,
                    "max_characters": option.maxCharacters.map { .number(String($0)) } ?? .null,
                    "file_extension": option.fileExtension.map(JSONValue.string) ?? .null,
                    "image_size_x": option.imageSizeX.map { .number(String($0)) } ?? .null,
                    "image_size_y": option.imageSizeY.map { .number(String($0)) } ?? .null,
                ]
            }
            return .object(object)
        })
    }

    static func optionTypeName(_ type: String?) -> String {
        switch type {
        case "area": "CustomizableAreaOption"
        case "date", "date_time", "time": "CustomizableDateOption"
        case "drop_down": "CustomizableDropDownOption"
        case "multiple": "CustomizableMultipleOption"
        case "file": "CustomizableFileOption"
        case "radio": "CustomizableRadioOption"
        case "checkbox": "CustomizableCheckboxOption"
        default: "CustomizableFieldOption"
        }
    }
}
