import MagentoWire

/// Related, up-sell, cross-sell and grouped (`associated`) links kept in a product's `product_links`.
public enum ProductLinkRules {
    /// Magento's link types and their codes (`GET /V1/products/links/types`).
    public static let types: [(code: Int, name: String)] = [(1, "related"), (3, "associated"), (4, "upsell"), (5, "crosssell")]

    public static func requireType(_ type: String) throws {
        guard types.contains(where: { $0.name == type }) else {
            throw CommerceError.notFound(message: "The \"%1\" link type wasn't found. Verify the type and try again.", parameters: [type])
        }
    }

    /// Adds or replaces links by (type, linked SKU), keeping the others, as `setProductLinks` does.
    public static func merge(_ links: [ProductLink], into product: inout Product) throws {
        var stored = product.productLinks ?? []
        for var link in links {
            let type = link.linkType ?? ""
            try requireType(type)
            link.sku = product.sku
            let key = (link.linkedProductSku ?? "").lowercased()
            if let index = stored.firstIndex(where: { $0.linkType == type && ($0.linkedProductSku ?? "").lowercased() == key }) {
                stored[index] = link
            } else {
                link.position = link.position ?? stored.filter { $0.linkType == type }.count
                stored.append(link)
            }
        }
        product.productLinks = stored
    }

    public static func remove(type: String, linkedSku: String, from product: inout Product) throws {
        let key = linkedSku.lowercased()
        guard let index = product.productLinks?.firstIndex(where: { $0.linkType == type && ($0.linkedProductSku ?? "").lowercased() == key }) else {
            throw CommerceError.notFound(
                message: "Product %1 doesn't have linked %2 as %3", parameters: [product.sku ?? "", linkedSku, type]
            )
        }
        product.productLinks?.remove(at: index)
    }
}
