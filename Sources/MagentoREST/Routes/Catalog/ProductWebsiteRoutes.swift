import CommerceDomain
import HTTPTypes
import MagentoWire

/// `/V1/products/:sku/websites…`: which websites a product is in (`extension_attributes.website_ids`).
public struct ProductWebsiteRoutes: Sendable {
    let products: any ProductRepository

    public init(products: any ProductRepository) {
        self.products = products
    }

    static let access = EndpointAccess.resources(["Magento_Catalog::products"])
    static let service = "catalogProductWebsiteLinkRepositoryV1"

    public var endpoints: [Endpoint] {
        [
            assign(.post),
            assign(.put),
            Endpoint(.delete, "/V1/products/:sku/websites/:websiteId", access: Self.access, service: Self.service, operation: "deleteById", summary: "Remove the website assignment from the product by product sku") { [products] call in
                let website = try call.argument("websiteId", as: Int.self)
                try await products.modifyProduct(sku: call.pathParameter("sku")) { product, _ in
                    product.extensionAttributes?.websiteIds?.removeAll { $0 == website }
                }
                return true
            },
        ]
    }

    private func assign(_ method: HTTPRequest.Method) -> Endpoint {
        Endpoint(method, "/V1/products/:sku/websites", access: Self.access, service: Self.service, operation: "save", summary: "Assign a product to the website", body: [.required("productWebsiteLink", ProductWebsiteLink.self)]) { [products] call in
            let link = try call.argument("productWebsiteLink", as: ProductWebsiteLink.self)
            let website = link.websiteId ?? 0
            guard call.stores.websites.contains(where: { $0.id == website }) else {
                throw CommerceError.invalidInput(message: "The website with id %1 that was requested wasn't found. Verify the website and try again.", parameters: [String(website)])
            }
            try await products.modifyProduct(sku: call.pathParameter("sku")) { product, _ in
                var extensions = product.extensionAttributes ?? ProductExtensionAttributes()
                var ids = extensions.websiteIds ?? []
                if !ids.contains(website) { ids.append(website) }
                extensions.websiteIds = ids
                product.extensionAttributes = extensions
            }
            return true
        }
    }
}
