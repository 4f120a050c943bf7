import CommerceDomain
import HTTPTypes
import MagentoWire

/// `/V1/bundle-products/…`: a bundle product's options and the child products they offer.
public struct BundleProductRoutes: Sendable {
    let bundles: any BundleOptionRepository

    public init(bundles: any BundleOptionRepository) {
        self.bundles = bundles
    }

    static let access = EndpointAccess.resources(["Magento_Catalog::products"])
    static let links = "bundleProductLinkManagementV1"
    static let options = "bundleProductOptionRepositoryV1"
    static let management = "bundleProductOptionManagementV1"

    public var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/bundle-products/:productSku/children", access: Self.access, service: Self.links, operation: "getChildren",
                     summary: "Get all children for Bundle product") { [bundles] call in
                try await bundles.children(sku: call.pathParameter("productSku"), optionId: call.optionalArgument("optionId", as: Int.self))
            },
            Endpoint(.post, "/V1/bundle-products/:sku/links/:optionId", access: Self.access, service: Self.links, operation: "addChildByProductSku",
                     summary: "Add child product to specified Bundle option by product sku",
                     body: [.required("linkedProduct", BundleLink.self)]) { [bundles] call in
                try await bundles.addChild(
                    sku: call.pathParameter("sku"), optionId: try call.argument("optionId", as: Int.self),
                    link: try call.argument("linkedProduct", as: BundleLink.self)
                )
            },
            Endpoint(.put, "/V1/bundle-products/:sku/links/:id", access: Self.access, service: Self.links, operation: "saveChild",
                     summary: "Save child product to specified Bundle option",
                     body: [.required("linkedProduct", BundleLink.self)]) { [bundles] call in
                var link = try call.argument("linkedProduct", as: BundleLink.self)
                link.id = call.pathParameter("id")   // the URL's id names the selection, as Magento's path override does
                try await bundles.saveChild(sku: call.pathParameter("sku"), link: link)
                return true
            },
            Endpoint(.delete, "/V1/bundle-products/:sku/options/:optionId/children/:childSku", access: Self.access, service: Self.links,
                     operation: "removeChild", summary: "Remove product from Bundle product option") { [bundles] call in
                try await bundles.removeChild(
                    sku: call.pathParameter("sku"), optionId: try call.argument("optionId", as: Int.self), childSku: call.pathParameter("childSku")
                )
                return true
            },
            Endpoint(.get, "/V1/bundle-products/:sku/options/all", access: Self.access, service: Self.options, operation: "getList",
                     summary: "Get all options for bundle product") { [bundles] call in
                try await bundles.options(sku: call.pathParameter("sku"))
            },
            Endpoint(.get, "/V1/bundle-products/options/types", access: Self.access, service: "bundleProductOptionTypeListV1",
                     operation: "getItems", summary: "Get all types for options for bundle products") { _ in
                BundleOptionType.all
            },
            Endpoint(.get, "/V1/bundle-products/:sku/options/:optionId", access: Self.access, service: Self.options, operation: "get",
                     summary: "Get option for bundle product") { [bundles] call in
                try await bundles.option(sku: call.pathParameter("sku"), optionId: try call.argument("optionId", as: Int.self))
            },
            Endpoint(.post, "/V1/bundle-products/options/add", access: Self.access, service: Self.management, operation: "save",
                     summary: "Add new option for bundle product", body: [.required("option", BundleOption.self)]) { [bundles] call in
                var option = try call.argument("option", as: BundleOption.self)
                option.optionId = nil   // an add always creates
                return try await bundles.saveOption(option)
            },
            Endpoint(.put, "/V1/bundle-products/options/:optionId", access: Self.access, service: Self.management, operation: "save",
                     summary: "Add new option for bundle product", body: [.required("option", BundleOption.self)]) { [bundles] call in
                var option = try call.argument("option", as: BundleOption.self)
                option.optionId = try call.argument("optionId", as: Int.self)
                return try await bundles.saveOption(option)
            },
            Endpoint(.delete, "/V1/bundle-products/:sku/options/:optionId", access: Self.access, service: Self.options, operation: "deleteById",
                     summary: "Remove bundle option") { [bundles] call in
                try await bundles.deleteOption(sku: call.pathParameter("sku"), optionId: try call.argument("optionId", as: Int.self))
                return true
            },
        ]
    }
}
