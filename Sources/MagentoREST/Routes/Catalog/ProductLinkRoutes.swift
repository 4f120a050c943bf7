import CommerceDomain
import HTTPTypes
import MagentoWire

/// `/V1/products/:sku/links…` (related, up-sell, cross-sell, grouped) and the link type lookups.
public struct ProductLinkRoutes: Sendable {
    let products: any ProductRepository

    public init(products: any ProductRepository) {
        self.products = products
    }

    static let access = EndpointAccess.resources(["Magento_Catalog::catalog"])

    public var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/products/links/types", access: Self.access, service: "catalogProductLinkTypeListV1", operation: "getItems", summary: "Retrieve information about available product link types") { _ in
                ProductLinkRules.types.map { JSONValue.object(JSONObject([("code", .number(String($0.code))), ("name", .string($0.name))])) }
            },
            Endpoint(.get, "/V1/products/links/:type/attributes", access: Self.access, service: "catalogProductLinkTypeListV1", operation: "getItemAttributes", summary: "Provide a list of the product link type attributes") { call in
                let type = call.pathParameter("type")
                try ProductLinkRules.requireType(type)
                var attributes: [JSONValue] = [.object(JSONObject([("code", .string("position")), ("type", .string("int"))]))]
                if type == "associated" { attributes.append(.object(JSONObject([("code", .string("qty")), ("type", .string("decimal"))]))) }
                return attributes
            },
            Endpoint(.get, "/V1/products/:sku/links/:type", access: Self.access, service: "catalogProductLinkManagementV1", operation: "getLinkedItemsByType", summary: "Provide the list of links for a specific product") { [products] call in
                let type = call.pathParameter("type")
                try ProductLinkRules.requireType(type)
                let product = try await products.product(sku: call.pathParameter("sku"), scope: .global)
                return (product.productLinks ?? []).filter { $0.linkType == type }
            },
            Endpoint(.post, "/V1/products/:sku/links", access: Self.access, service: "catalogProductLinkManagementV1", operation: "setProductLinks", summary: "Assign a product link to another product", body: [.required("items", [ProductLink].self)]) { [products] call in
                let links = try await Self.resolved(try call.argument("items", as: [ProductLink].self), products: products)
                try await products.modifyProduct(sku: call.pathParameter("sku")) { product, _ in
                    try ProductLinkRules.merge(links, into: &product)
                }
                return true
            },
            Endpoint(.put, "/V1/products/:sku/links", access: Self.access, service: "catalogProductLinkRepositoryV1", operation: "save", summary: "Save product link", body: [.required("entity", ProductLink.self)]) { [products] call in
                let links = try await Self.resolved([try call.argument("entity", as: ProductLink.self)], products: products)
                try await products.modifyProduct(sku: call.pathParameter("sku")) { product, _ in
                    try ProductLinkRules.merge(links, into: &product)
                }
                return true
            },
            Endpoint(.delete, "/V1/products/:sku/links/:type/:linkedProductSku", access: Self.access, service: "catalogProductLinkRepositoryV1", operation: "deleteById", summary: "Delete product link") { [products] call in
                let type = call.pathParameter("type")
                let linked = call.pathParameter("linkedProductSku")
                try await products.modifyProduct(sku: call.pathParameter("sku")) { product, _ in
                    try ProductLinkRules.remove(type: type, linkedSku: linked, from: &product)
                }
                return true
            },
        ]
    }

    /// Each linked product must exist; its stored SKU and type go into the link.
    static func resolved(_ links: [ProductLink], products: any ProductRepository) async throws -> [ProductLink] {
        var result: [ProductLink] = []
        for var link in links {
            let sku = link.linkedProductSku ?? ""
            guard let linked = try? await products.product(sku: sku, scope: .global) else {
                throw CommerceError.notFound(message: "The product that was requested doesn't exist. Verify the product and try again.")
            }
            link.linkedProductSku = linked.sku
            link.linkedProductType = linked.typeId
            result.append(link)
        }
        return result
    }
}
