import MagentoWire

extension MagentoClient {
    /// Legacy stock items (`/V1/stockItems…`).
    public var stock: StockAPI { StockAPI(client: self) }
    /// MSI source items (`/V1/inventory/source-items`).
    public var sourceItems: SourceItemsAPI { SourceItemsAPI(client: self) }
}

/// The legacy single-stock API.
public struct StockAPI: Sendable {
    let client: MagentoClient

    public func item(_ sku: String) async throws -> StockItem {
        try await client.send(MagentoRequest<StockItem>(.get, ["stockItems", sku]))
    }

    /// `PUT /V1/products/:sku/stockItems/:itemId`; answers the item id.
    public func update(_ sku: String, itemId: Int = 1, _ item: StockItem) async throws -> Int {
        try await client.send(Self.updateRequest(sku, itemId: itemId, item))
    }

    public static func updateRequest(_ sku: String, itemId: Int = 1, _ item: StockItem) throws -> MagentoRequest<Int> {
        try MagentoRequest(.put, ["products", sku, "stockItems", String(itemId)], object: [("stockItem", item)])
    }

    public func status(_ sku: String) async throws -> StockStatus {
        try await client.send(MagentoRequest<StockStatus>(.get, ["stockStatuses", sku]))
    }
}

/// MSI source items: quantities per source.
public struct SourceItemsAPI: Sendable {
    let client: MagentoClient

    public func list(_ criteria: SearchCriteria = SearchCriteria()) async throws -> SearchResults<SourceItem> {
        try await client.search(["inventory", "source-items"], criteria)
    }

    public func pages(_ criteria: SearchCriteria = SearchCriteria(), pageSize: Int? = nil) -> OffsetPages<SourceItem> {
        client.pages(["inventory", "source-items"], criteria, pageSize: pageSize)
    }

    /// Saves many at once (send at most a few hundred per call).
    public func save(_ items: [SourceItem]) async throws {
        try await client.send(Self.saveRequest(items))
    }

    public static func saveRequest(_ items: [SourceItem]) throws -> MagentoRequest<Void> {
        MagentoRequest<Void>(.post, ["inventory", "source-items"], body: try RequestBody.object([("sourceItems", items)]), decode: IgnoredBody.decode)
    }

    public func delete(_ items: [SourceItem]) async throws {
        try await client.send(MagentoRequest<Void>(
            .post, ["inventory", "source-items-delete"], body: try RequestBody.object([("sourceItems", items)]), decode: IgnoredBody.decode
        ))
    }
}
