import MagentoWire

extension MagentoClient {
    /// `/V1/products…`
    public var products: ProductsAPI { ProductsAPI(client: self) }
}

/// Products: list, page, get, create or update, delete.
public struct ProductsAPI: Sendable {
    let client: MagentoClient

    public func list(_ criteria: SearchCriteria = SearchCriteria()) async throws -> SearchResults<Product> {
        try await client.search(["products"], criteria)
    }

    /// Offset pages (simple, and what every Magento supports).
    public func pages(_ criteria: SearchCriteria = SearchCriteria(), pageSize: Int? = nil) -> OffsetPages<Product> {
        client.pages(["products"], criteria, pageSize: pageSize)
    }

    /// Keyset pages on `entity_id`: stable under concurrent writes and cheap deep into a large catalog.
    public func keysetPages(_ criteria: SearchCriteria = SearchCriteria(), pageSize: Int? = nil) -> KeysetPages<Product> {
        client.keysetPages(["products"], criteria, pageSize: pageSize) { $0.id }
    }

    public func get(_ sku: String) async throws -> Product {
        try await client.send(MagentoRequest<Product>(.get, ["products", sku]))
    }

    /// `POST /V1/products`: creates, or updates the product with the same SKU.
    public func save(_ product: Product) async throws -> Product {
        try await client.send(Self.saveRequest(product))
    }

    /// `PUT /V1/products/:sku`: changes only what `product` carries.
    public func update(_ sku: String, _ product: Product) async throws -> Product {
        try await client.send(MagentoRequest<Product>(.put, ["products", sku], object: [("product", product)]))
    }

    /// `DELETE /V1/products/:sku`.
    @discardableResult
    public func delete(_ sku: String) async throws -> Bool {
        try await client.send(MagentoRequest<Bool>(.delete, ["products", sku]))
    }

    public static func saveRequest(_ product: Product) throws -> MagentoRequest<Product> {
        try MagentoRequest(.post, ["products"], object: [("product", product), ("saveOptions", true)])
    }
}
