import Foundation
import MagentoWire

/// A product as `ProductInterface` JSON: every field a storefront reads, computed from the same
/// product document REST serves in the request's store view. Related data (children, linked
/// products, categories) is handed in, loaded for the whole page at once.
struct ProductRenderer: Sendable {
    let settings: CatalogSettings
    let attributes: AttributeCatalog
    var categories: CategoryIndex?

    /// What the page loaded beside the products themselves.
    struct Related: Sendable {
        var children: [Int: Product] = [:]
        var bySku: [String: Product] = [:]
    }

    func json(_ product: Product, related: Related = Related(), withLinks: Bool = true) -> JSONValue {
        let id = product.id ?? 0
        var object = JSONObject()
        object["__typename"] = .string(ProductTypeNames.typeName(for: product.typeId))
        object["uid"] = .string(EntityUid.encode(id))
        object["id"] = .number(String(id))
        object["sku"] = product.sku.map(JSONValue.string) ?? .null
        object["name"] = product.name.map(JSONValue.string) ?? .null
        object["type_id"] = product.typeId.map(JSONValue.string) ?? .null
        object["attribute_set_id"] = product.attributeSetId.map { .number(String($0)) } ?? .null
        object["created_at"] = product.createdAt.map(JSONValue.string) ?? .null
        object["updated_at"] = product.updatedAt.map(JSONValue.string) ?? .null
        object["weight"] = product.weight.map { .number(NSDecimalNumber(decimal: $0).stringValue) } ?? .null
        let urlKey = attribute("url_key", of: product)
        object["url_key"] = urlKey.map(JSONValue.string) ?? .null
        object["url_suffix"] = .string(settings.productSuffix)
        object["url_path"] = .null
        let relative = urlKey.map { $0 + settings.productSuffix }
        object["canonical_url"] = relative.map(JSONValue.string) ?? .null
        object["relative_url"] = relative.map(JSONValue.string) ?? .null
        object["redirect_code"] = 0
        object["type"] = "PRODUCT"
        object["url_rewrites"] = relative.map { url in
            .array([["url": .string(url), "parameters": .array([["name": "id", "value": .string(String(id))]])]])
        } ?? .array([])
        for code in ["description", "short_description"] {
            object[code] = attribute(code, of: product).map { ["html": .string($0)] } ?? .null
        }
        for code in ["meta_title", "meta_keyword", "meta_description", "country_of_manufacture", "new_from_date",
                     "new_to_date", "special_to_date", "special_from_date", "options_container", "swatch_image"] {
            object[code] = attribute(code, of: product).map(JSONValue.string) ?? .null
        }
        object["special_price"] = attribute("special_price", of: product).map { .number($0) } ?? .null
        object["gift_message_available"] = .bool(attribute("gift_message_available", of: product) == "1")
        let stock = product.extensionAttributes?.stockItem
        object["stock_status"] = .string(isInStock(product, related: related) ? "IN_STOCK" : "OUT_OF_STOCK")
        object["only_x_left_in_stock"] = .null
        object["quantity"] = .null
        object["min_sale_qty"] = stock?.minSaleQty.map { .number(NSDecimalNumber(decimal: $0).stringValue) } ?? .null
        object["max_sale_qty"] = stock?.maxSaleQty.map { .number(NSDecimalNumber(decimal: $0).stringValue) } ?? .null
        addPrices(product, related: related, to: &object)
        addMedia(product, to: &object)
        object["options"] = customizableOptions(product)
        object["categories"] = categories.map { index in
            .array((product.extensionAttributes?.categoryLinks ?? []).compactMap { link in
                link.categoryId.flatMap(Int.init).flatMap { index.json(id: $0) }
            })
        } ?? .array([])
        addLinks(product, related: related, withLinks: withLinks, to: &object)
        object["rating_summary"] = 0
        object["review_count"] = 0
        object["reviews"] = ["items": [], "page_info": ["current_page": 1, "page_size": 20, "total_pages": 0]]
        object["websites"] = .array([])
        addTypeFields(product, related: related, to: &object)
        return .object(object)
    }

    func attribute(_ code: String, of product: Product) -> String? {
        guard let value = product.customAttributes?.first(where: { $0.attributeCode == code })?.value else { return nil }
        return value.stringValue ?? value.numberText
    }

    /// A configurable is in stock when it is and one of its enabled children is.
    func isInStock(_ product: Product, related: Related) -> Bool {
        let own = product.extensionAttributes?.stockItem?.isInStock ?? true
        guard product.typeId == "configurable" else { return own }
        let children = (product.extensionAttributes?.configurableProductLinks ?? []).compactMap { related.children[$0] }
        return own && (children.isEmpty || children.contains { $0.status != 2 && ($0.extensionAttributes?.stockItem?.isInStock ?? true) })
    }

    func addLinks(_ product: Product, related: Related, withLinks: Bool, to object: inout JSONObject) {
        let links = product.productLinks ?? []
        object["product_links"] = .array(links.map { link in
            [
                "__typename": "ProductLinks", "sku": link.sku.map(JSONValue.string) ?? .null,
                "link_type": link.linkType.map(JSONValue.string) ?? .null,
                "linked_product_sku": link.linkedProductSku.map(JSONValue.string) ?? .null,
                "linked_product_type": link.linkedProductType.map(JSONValue.string) ?? .null,
                "position": link.position.map { .number(String($0)) } ?? .null,
            ]
        })
        for (field, type) in [("related_products", "related"), ("upsell_products", "upsell"), ("crosssell_products", "crosssell")] {
            let linked = withLinks ? links.filter { $0.linkType == type }.sorted { ($0.position ?? 0) < ($1.position ?? 0) }
                .compactMap { $0.linkedProductSku.flatMap { related.bySku[$0.lowercased()] } } : []
            object[field] = .array(linked.filter { $0.status != 2 }.map { json($0, related: related, withLinks: false) })
        }
    }

    /// Grouped and downloadable products have no data in Magpie: their lists are empty.
    func addTypeFields(_ product: Product, related: Related, to object: inout JSONObject) {
        switch product.typeId {
        case "configurable":
            addConfigurable(product, related: related, to: &object)
        case "grouped":
            object["items"] = .array([])
        case "bundle":
            addBundle(product, related: related, to: &object)
        case "downloadable":
            object["downloadable_product_links"] = .array([])
            object["downloadable_product_samples"] = .array([])
            object["links_purchased_separately"] = 0
        default:
            break
        }
    }
}
