import MagentoWire

/// `ProductAttributeFilterInput`, generated from the attribute table as Magento's
/// `FilterAttributeReader` does: every filterable attribute typed by its input (select-like →
/// `FilterEqualTypeInput`, price and dates → `FilterRangeTypeInput`, text → `FilterMatchTypeInput`),
/// plus the fixed category, SKU, url key, name, description and price fields.
enum ProductFilterInput {
    enum Kind: String, Sendable {
        case equal = "FilterEqualTypeInput"
        case match = "FilterMatchTypeInput"
        case range = "FilterRangeTypeInput"
    }

    static let fixed: [String: Kind] = [
        "category_id": .equal, "category_uid": .equal, "category_url_path": .equal,
        "sku": .equal, "url_key": .equal, "name": .match, "description": .match, "short_description": .match,
        "price": .range,
    ]

    static func kind(of attribute: ProductAttribute) -> Kind {
        switch attribute.frontendInput {
        case "select", "multiselect", "boolean": .equal
        case "price", "date", "datetime", "weight": .range
        default: .match
        }
    }

    /// Field name → input kind for the given filterable attributes.
    static func fields(_ filterable: [ProductAttribute]) -> [String: Kind] {
        var fields = fixed
        for attribute in filterable {
            guard let code = attribute.attributeCode, fields[code] == nil else { continue }
            fields[code] = kind(of: attribute)
        }
        return fields
    }

    static func sdl(_ filterable: [ProductAttribute]) -> String {
        let body = fields(filterable).sorted { $0.key < $1.key }.map { "    \($0.key): \($0.value.rawValue)" }.joined(separator: "\n")
        return "input ProductAttributeFilterInput {\n\(body)\n}"
    }
}
