import CommerceDomain
import HTTPTypes
import MagentoWire

/// `/V1/products`: search, read, upsert and delete products, and the list of product types.
public struct ProductRoutes: Sendable {
    let products: any ProductRepository
    let media: (any MediaStorage)?
    let downloadableFiles: (any MediaStorage)?

    public init(products: any ProductRepository, media: (any MediaStorage)? = nil, downloadableFiles: (any MediaStorage)? = nil) {
        self.products = products
        self.media = media
        self.downloadableFiles = downloadableFiles
    }

    static let access = EndpointAccess.resources(["Magento_Catalog::products"])
    static let service = "catalogProductRepositoryV1"

    /// `GET /V1/products/types`, as a fresh Magento Open Source lists them.
    static let types: [JSONValue] = [
        ("simple", "Simple Product"), ("virtual", "Virtual Product"), ("bundle", "Bundle Product"),
        ("downloadable", "Downloadable Product"), ("configurable", "Configurable Product"), ("grouped", "Grouped Product"),
    ].map { .object(JSONObject([("name", .string($0.0)), ("label", .string($0.1))])) }

    public var endpoints: [Endpoint] {
        [
            .search("/V1/products", access: Self.access, service: Self.service, summary: "Get product list") { [products] criteria, call in
                try await products.searchProducts(criteria, scope: call.catalogScope)
            },
            Endpoint(
                .get, "/V1/products/types", access: Self.access, service: "catalogProductTypeListV1", operation: "getProductTypes",
                summary: "Retrieve available product types"
            ) { _ in Self.types },
            Endpoint(
                .get, "/V1/products/:sku", access: Self.access, service: Self.service, operation: "get",
                summary: "Get info about product by product SKU"
            ) { [products] call in
                try await products.product(sku: call.pathParameter("sku"), scope: call.catalogScope)
            },
            Endpoint(
                .post, "/V1/products", access: Self.access, service: Self.service, operation: "save",
                summary: "Create product", body: [.required("product", Product.self), .optional("saveOptions", Bool.self)]
            ) { [products, media, downloadableFiles] call in
                var product = try call.argument("product", as: Product.self)
                try await ProductMediaRoutes.storeUploads(&product, media: media)
                try await DownloadableRoutes.storeUploads(&product, files: downloadableFiles)
                let saveOptions = try call.optionalArgument("saveOptions", as: Bool.self) ?? false
                return try await products.saveProduct(product, scope: call.catalogScope, saveOptions: saveOptions)
            },
            Endpoint(
                .put, "/V1/products/:sku", access: Self.access, service: Self.service, operation: "save",
                summary: "Create product", body: [.required("product", Product.self), .optional("saveOptions", Bool.self)]
            ) { [products, media, downloadableFiles] call in
                var product = try call.argument("product", as: Product.self)
                product.sku = call.pathParameter("sku")   // the URL's SKU wins
                try await ProductMediaRoutes.storeUploads(&product, media: media)
                try await DownloadableRoutes.storeUploads(&product, files: downloadableFiles)
                let saveOptions = try call.optionalArgument("saveOptions", as: Bool.self) ?? false
                return try await products.saveProduct(product, scope: call.catalogScope, saveOptions: saveOptions)
            },
            Endpoint(
                .delete, "/V1/products/:sku", access: Self.access, service: Self.service, operation: "deleteById",
                summary: "Delete product by SKU"
            ) { [products] call in
                try await products.deleteProduct(sku: call.pathParameter("sku"))
                return true
            },
        ]
    }
}
