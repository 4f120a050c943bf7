import MagentoWire

/// Turns an input row into a product: product fields by their Magento names, `qty` and
/// `is_in_stock` into the stock item, every other column into a custom attribute.
struct ProductRowMapper {
    /// Renames from `--map column=attribute`.
    var renames: [String: String] = [:]

    static let productFields: Set<String> = [
        "id", "sku", "name", "attribute_set_id", "price", "status", "visibility", "type_id", "weight",
        "extension_attributes", "product_links", "options", "media_gallery_entries", "tier_prices", "custom_attributes",
    ]
    static let stockFields: Set<String> = ["qty", "is_in_stock"]

    init(mappings: [String]) throws {
        for mapping in mappings {
            let parts = mapping.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw InputFileError("--map expects column=attribute, not \(mapping)")
            }
            renames[parts[0]] = parts[1]
        }
    }

    func product(from row: InputFile.Row) throws -> Product {
        var object = JSONObject()
        var stock = JSONObject()
        var custom: [JSONValue] = []
        for (column, value) in row.values {
            let name = renames[column] ?? column
            if case .string(let text) = value, text.isEmpty { continue }
            if Self.productFields.contains(name) {
                object.setValue(value, forKey: name)
            } else if Self.stockFields.contains(name) {
                stock.setValue(value, forKey: name)
            } else {
                custom.append(.object(JSONObject([("attribute_code", .string(name)), ("value", value)])))
            }
        }
        if !custom.isEmpty {
            let existing = object["custom_attributes"]?.arrayValue ?? []
            object.setValue(.array(existing + custom), forKey: "custom_attributes")
        }
        if !stock.isEmpty {
            var extensions = object["extension_attributes"]?.objectValue ?? JSONObject()
            extensions.setValue(.object(stock), forKey: "stock_item")
            object.setValue(.object(extensions), forKey: "extension_attributes")
        }
        do {
            return try MagentoDecoder().decode(Product.self, from: .object(object))
        } catch {
            throw InputFileError("line \(row.line): \(error)")
        }
    }
}
