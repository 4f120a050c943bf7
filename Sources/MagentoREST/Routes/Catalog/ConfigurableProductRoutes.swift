import CommerceDomain
import HTTPTypes
import MagentoWire

/// `/V1/configurable-products/:sku/…`: a configurable product's children and options.
public struct ConfigurableProductRoutes: Sendable {
    let products: any ProductRepository
    let attributes: any ProductAttributeRepository

    public init(products: any ProductRepository, attributes: any ProductAttributeRepository) {
        self.products = products
        self.attributes = attributes
    }

    static let access = EndpointAccess.resources(["Magento_Catalog::products"])
    static let links = "configurableProductLinkManagementV1"
    static let options = "configurableProductOptionRepositoryV1"

    public var endpoints: [Endpoint] {
        [
            Endpoint(.put, "/V1/configurable-products/variation", access: Self.access, service: "configurableProductConfigurableProductManagementV1",
                     operation: "generateVariation", summary: "Generate variation based on same product",
                     body: [.required("product", Product.self), .required("options", [ConfigurableProductOption].self)]) { [attributes] call in
                let definitions = try await attributes.definitions()
                let codes = Dictionary(definitions.values.map { ($0.id, $0.code) }, uniquingKeysWith: { first, _ in first })
                return try ConfigurableVariations.generate(
                    try call.argument("product", as: Product.self), options: try call.argument("options", as: [ConfigurableProductOption].self), codes: codes
                )
            },
            Endpoint(.get, "/V1/configurable-products/:sku/children", access: Self.access, service: Self.links, operation: "getChildren", summary: "Get all children for Configurable product") { [products] call in
                let parent = try await products.product(sku: call.pathParameter("sku"), scope: call.catalogScope)
                let ids = parent.extensionAttributes?.configurableProductLinks ?? []
                guard !ids.isEmpty else { return [Product]() }
                let criteria = SearchCriteria(filterGroups: [FilterGroup(filters: [
                    Filter(field: "entity_id", value: ids.map(String.init).joined(separator: ","), conditionType: "in"),
                ])])
                return try await products.searchProducts(criteria, scope: call.catalogScope).items
            },
            Endpoint(.post, "/V1/configurable-products/:sku/child", access: Self.access, service: Self.links, operation: "addChild", summary: "Add a child to a configurable product", body: [.required("childSku", String.self)]) { [products] call in
                let child = try await products.product(sku: try call.argument("childSku", as: String.self), scope: .global)
                let childId = child.id ?? 0
                try await products.modifyProduct(sku: call.pathParameter("sku")) { product, _ in
                    try ConfigurableRules.addChild(childId, to: &product)
                }
                return true
            },
            Endpoint(.delete, "/V1/configurable-products/:sku/children/:childSku", access: Self.access, service: Self.links, operation: "removeChild", summary: "Remove configurable product option") { [products] call in
                let child = try await products.product(sku: call.pathParameter("childSku"), scope: .global)
                let childId = child.id ?? 0
                try await products.modifyProduct(sku: call.pathParameter("sku")) { product, _ in
                    try ConfigurableRules.removeChild(childId, from: &product)
                }
                return true
            },
            Endpoint(.get, "/V1/configurable-products/:sku/options/all", access: Self.access, service: Self.options, operation: "getList", summary: "Get all options for configurable product") { [products] call in
                let product = try await products.product(sku: call.pathParameter("sku"), scope: .global)
                try ConfigurableRules.requireConfigurable(product)
                return product.extensionAttributes?.configurableProductOptions ?? []
            },
            Endpoint(.get, "/V1/configurable-products/:sku/options/:id", access: Self.access, service: Self.options, operation: "get", summary: "Get option for configurable product") { [products] call in
                let product = try await products.product(sku: call.pathParameter("sku"), scope: .global)
                try ConfigurableRules.requireConfigurable(product)
                return try ConfigurableRules.option(try call.argument("id", as: Int.self), in: product)
            },
            saveOption(.post, "/V1/configurable-products/:sku/options"),
            saveOption(.put, "/V1/configurable-products/:sku/options/:id"),
            Endpoint(.delete, "/V1/configurable-products/:sku/options/:id", access: Self.access, service: Self.options, operation: "deleteById", summary: "Remove option from configurable product") { [products] call in
                let id = try call.argument("id", as: Int.self)
                try await products.modifyProduct(sku: call.pathParameter("sku")) { product, _ in
                    try ConfigurableRules.removeOption(id, from: &product)
                }
                return true
            },
        ]
    }

    private func saveOption(_ method: HTTPRequest.Method, _ path: String) -> Endpoint {
        Endpoint(method, path, access: Self.access, service: Self.options, operation: "save", summary: "Save option", body: [.required("option", ConfigurableProductOption.self)]) { [products] call in
            let option = try call.argument("option", as: ConfigurableProductOption.self)
            let id = method == .put ? try call.argument("id", as: Int.self) : nil
            return try await products.modifyProduct(sku: call.pathParameter("sku")) { product, allocator in
                try ConfigurableRules.save(option, id: id, in: &product, allocator: &allocator)
            }
        }
    }
}
