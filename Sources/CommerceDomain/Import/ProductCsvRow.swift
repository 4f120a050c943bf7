import Foundation
import MagentoWire

/// One data row of Magento's product import CSV (the file the admin's System > Import and
/// `POST /V1/import/csv` read), turned into the product it writes, or the row's errors in
/// Magento's words.
public struct ProductCsvRow: Sendable {
    /// The file's line (1 is the first data row, as Magento numbers rows in its messages).
    public var number: Int
    public var sku: String
    /// The store view the row's values belong to; nil for the default values.
    public var storeId: Int?
    public var product: Product
    /// Category paths the row names that do not exist yet: the import creates them.
    public var newCategoryPaths: [String] = []
    /// Tax class names the row names that do not exist yet: the import creates them.
    public var newTaxClass: String?

    static let productFields: Set<String> = [
        "sku", "store_view_code", "attribute_set_code", "product_type", "categories", "product_websites", "name", "price",
        "weight", "product_online", "visibility", "tax_class_name", "qty", "is_in_stock", "additional_attributes",
    ]
    /// Columns of Magento's export that Magpie reads no value from (media, links, custom
    /// options, configurable variations, advanced stock): kept out of custom attributes.
    static let ignored: Set<String> = [
        "base_image", "base_image_label", "small_image", "small_image_label", "thumbnail_image", "thumbnail_image_label",
        "swatch_image", "swatch_image_label", "additional_images", "additional_image_labels", "hide_from_product_page",
        "created_at", "updated_at", "new_from_date", "new_to_date", "display_product_options_in", "map_price",
        "msrp_price", "map_enabled", "gift_message_available", "custom_design", "custom_design_from", "custom_design_to",
        "custom_layout_update", "page_layout", "product_options_container", "msrp_display_actual_price_type",
        "country_of_manufacture", "related_skus", "related_position", "crosssell_skus", "crosssell_position",
        "upsell_skus", "upsell_position", "custom_options", "bundle_price_type", "bundle_sku_type", "bundle_price_view",
        "bundle_weight_type", "bundle_values", "bundle_shipment_type", "associated_skus", "downloadable_links",
        "downloadable_samples", "configurable_variations", "configurable_variation_labels", "out_of_stock_qty",
        "use_config_min_qty", "is_qty_decimal", "allow_backorders", "use_config_backorders", "min_cart_qty",
        "use_config_min_sale_qty", "max_cart_qty", "use_config_max_sale_qty", "notify_on_stock_below",
        "use_config_notify_stock_qty", "manage_stock", "use_config_manage_stock", "use_config_qty_increments",
        "qty_increments", "use_config_enable_qty_inc", "enable_qty_increments", "is_decimal_divided", "website_id",
        "deferred_stock_update", "use_config_deferred_stock_update", "product_online_label",
    ]
    static let visibilities = ["Not Visible Individually": 1, "Catalog": 2, "Search": 3, "Catalog, Search": 4]
    static let types: Set<String> = ["simple", "virtual", "configurable", "downloadable", "bundle", "grouped"]

    public struct Options: Sendable {
        public var multipleValueSeparator: String
        public var emptyValueConstant: String

        public init(multipleValueSeparator: String = ",", emptyValueConstant: String = "__EMPTY__VALUE__") {
            self.multipleValueSeparator = multipleValueSeparator.isEmpty ? "," : multipleValueSeparator
            self.emptyValueConstant = emptyValueConstant.isEmpty ? "__EMPTY__VALUE__" : emptyValueConstant
        }
    }

    /// Reads one row. `known` says whether the SKU exists already or was named by an earlier row
    /// of the file; a new product needs its type, attribute set and name.
    public static func read(
        number: Int, values: [String: String], lookups: ProductCsvLookups, known: ProductCsvLookups.Existing?, options: Options
    ) -> Result<ProductCsvRow, CsvRowErrors> {
        var errors: [String] = []
        let value: (String) -> String? = { column in
            guard let text = values[column]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        guard let sku = value("sku") else { return .failure(CsvRowErrors(number: number, messages: ["SKU is empty"])) }
        var product = Product(sku: sku)
        var storeId: Int?
        if let code = value("store_view_code") {
            if let id = lookups.stores[code] { storeId = id } else { errors.append("Invalid value in Store column (store doesn't exist?)") }
        }

        if let type = value("product_type") {
            if !types.contains(type) {
                errors.append("Product Type is invalid or not supported")
            } else if let known, known.typeId != type {
                errors.append("Trying to change type of existing products")
            } else {
                product.typeId = type
            }
        } else if known == nil {
            errors.append("Product Type is invalid or not supported")
        }
        if let set = value("attribute_set_code") {
            if let id = lookups.attributeSets[set] { product.attributeSetId = id } else {
                errors.append("Invalid value for Attribute Set column (set doesn't exist?)")
            }
        } else if known == nil {
            errors.append("Invalid value for Attribute Set column (set doesn't exist?)")
        }
        if let name = value("name") { product.name = name } else if known == nil, storeId == nil {
            errors.append("Please make sure attribute \"name\" is not empty.")
        }
        func decimal(_ column: String) -> Decimal? {
            guard let text = value(column), text != options.emptyValueConstant else { return nil }
            guard let number = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), number >= 0 else {
                errors.append(column == "weight" ? "Product weight is invalid" : "Value for '\(column)' attribute contains incorrect value")
                return nil
            }
            return number
        }
        product.price = decimal("price")
        if product.price == nil, known == nil, storeId == nil, ["simple", "virtual", "downloadable"].contains(product.typeId ?? "") {
            errors.append("Please make sure attribute \"price\" is not empty.")
        }
        product.weight = decimal("weight")
        if let online = value("product_online") {
            switch online {
            case "1": product.status = 1
            case "0", "2": product.status = 2
            default: errors.append("Value for 'product_online' attribute contains incorrect value")
            }
        }
        if let visibility = value("visibility") {
            if let id = visibilities[visibility] { product.visibility = id } else {
                errors.append("Value for 'visibility' attribute contains incorrect value")
            }
        }

        var extensions = ProductExtensionAttributes()
        var row = ProductCsvRow(number: number, sku: sku, storeId: storeId, product: product)
        if let codes = value("product_websites") {
            var ids: [Int] = []
            for code in split(codes, options) {
                if let id = lookups.websites[code] { ids.append(id) } else {
                    errors.append("Invalid value in Website column (website does not exist?)")
                }
            }
            extensions.websiteIds = ids
        }
        if let paths = value("categories") {
            var links: [CategoryLink] = []
            for path in split(paths, options) {
                if let id = lookups.categories[path] {
                    links.append(CategoryLink(position: 0, categoryId: String(id)))
                } else if let root = path.split(separator: "/").first, lookups.categories[String(root)] != nil,
                          !path.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0.isEmpty }) {
                    row.newCategoryPaths.append(path)
                } else {
                    errors.append("Category does not exist")
                }
            }
            extensions.categoryLinks = links
        }
        let qty = decimal("qty")
        var inStock: Bool?
        if let flag = value("is_in_stock") {
            switch flag {
            case "1": inStock = true
            case "0": inStock = false
            default: errors.append("Value for 'is_in_stock' attribute contains incorrect value")
            }
        }
        if qty != nil || inStock != nil {
            var item = StockItem()
            item.qty = qty
            item.isInStock = inStock ?? ((qty ?? 0) > 0)
            extensions.stockItem = item
        }
        if extensions != ProductExtensionAttributes() { row.product.extensionAttributes = extensions }

        var custom: [CustomAttribute] = []
        if let taxClass = value("tax_class_name") {
            if taxClass == "None" {
                custom.append(CustomAttribute(attributeCode: "tax_class_id", value: .string("0")))
            } else if let id = lookups.taxClasses[taxClass] {
                custom.append(CustomAttribute(attributeCode: "tax_class_id", value: .string(String(id))))
            } else {
                row.newTaxClass = taxClass
            }
        }
        var columns: [(String, String)] = values.filter { !productFields.contains($0.key) && !ignored.contains($0.key) }
            .sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        if let additional = value("additional_attributes") {
            for pair in split(additional, options) {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, !parts[0].isEmpty else {
                    errors.append("Value for 'additional_attributes' attribute contains incorrect value")
                    continue
                }
                columns.append((parts[0], parts[1]))
            }
        }
        for (code, text) in columns {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }   // an empty cell keeps the stored value, as in Magento
            let stored: JSONValue = trimmed == options.emptyValueConstant ? .null : .string(trimmed)
            custom.append(CustomAttribute(attributeCode: code, value: stored))
        }
        if !custom.isEmpty { row.product.customAttributes = custom }

        return errors.isEmpty ? .success(row) : .failure(CsvRowErrors(number: number, messages: errors))
    }

    static func split(_ text: String, _ options: Options) -> [String] {
        text.components(separatedBy: options.multipleValueSeparator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// A row's problems, each rendered "Row N: message" as Magento's import answers them.
public struct CsvRowErrors: Error, Sendable, Equatable {
    public var number: Int
    public var messages: [String]

    public var rendered: [String] { messages.map { "Row \(number): \($0)" } }
}
