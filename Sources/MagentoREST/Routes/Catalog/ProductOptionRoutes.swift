import CommerceDomain
import HTTPTypes
import MagentoWire

/// Custom options: `/V1/products/options…` and `/V1/products/:sku/options…`.
public struct ProductOptionRoutes: Sendable {
    let products: any ProductRepository

    public init(products: any ProductRepository) {
        self.products = products
    }

    static let access = EndpointAccess.resources(["Magento_Catalog::catalog"])
    static let service = "catalogProductCustomOptionRepositoryV1"

    public var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/products/options/types", access: Self.access, service: "catalogProductCustomOptionTypeListV1", operation: "getItems", summary: "Get custom option types") { _ in
                CustomOptionRules.types.map {
                    JSONValue.object(JSONObject([("label", .string($0.label)), ("code", .string($0.code)), ("group", .string($0.group))]))
                }
            },
            Endpoint(.get, "/V1/products/:sku/options", access: Self.access, service: Self.service, operation: "getList", summary: "Get the list of custom options for a specific product") { [products] call in
                try await products.product(sku: call.pathParameter("sku"), scope: .global).options ?? []
            },
            Endpoint(.get, "/V1/products/:sku/options/:optionId", access: Self.access, service: Self.service, operation: "get", summary: "Get custom option for a specific product") { [products] call in
                let product = try await products.product(sku: call.pathParameter("sku"), scope: .global)
                return try CustomOptionRules.option(try call.argument("optionId", as: Int.self), in: product)
            },
            Endpoint(.post, "/V1/products/options", access: Self.access, service: Self.service, operation: "save", summary: "Save Custom Option", body: [.required("option", ProductCustomOption.self)]) { [products] call in
                var option = try call.argument("option", as: ProductCustomOption.self)
                option.optionId = nil
                return try await Self.save(option, products: products)
            },
            Endpoint(.put, "/V1/products/options/:optionId", access: Self.access, service: Self.service, operation: "save", summary: "Save Custom Option", body: [.required("option", ProductCustomOption.self)]) { [products] call in
                var option = try call.argument("option", as: ProductCustomOption.self)
                option.optionId = try call.argument("optionId", as: Int.self)
                return try await Self.save(option, products: products)
            },
            Endpoint(.delete, "/V1/products/:sku/options/:optionId", access: Self.access, service: Self.service, operation: "deleteByIdentifier", summary: "Delete custom option from product") { [products] call in
                let id = try call.argument("optionId", as: Int.self)
                try await products.modifyProduct(sku: call.pathParameter("sku")) { product, _ in
                    try CustomOptionRules.remove(id, from: &product)
                }
                return true
            },
        ]
    }

    /// Saves into the product named by `product_sku`; answers the option as stored, with its id.
    static func save(_ option: ProductCustomOption, products: any ProductRepository) async throws -> ProductCustomOption {
        guard let sku = option.productSku, !sku.isEmpty else {
            throw CommerceError.invalidInput(message: "\"%1\" is required. Enter and try again.", parameters: ["product_sku"])
        }
        return try await products.modifyProduct(sku: sku) { product, allocator in
            try CustomOptionRules.save(option, in: &product)
            allocator.assignMissingIds(&product)
            let id = option.optionId ?? product.options?.last?.optionId ?? 0
            return try CustomOptionRules.option(id, in: product)
        }
    }
}
