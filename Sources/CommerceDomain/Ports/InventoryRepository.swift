import Foundation
import MagentoWire

/// MSI sources, stocks, their links and source items (Magento's InventoryApi).
public protocol InventoryRepository: Sendable {
    func searchSources(_ criteria: SearchCriteria) async throws -> SearchPage<InventorySource>
    /// Throws `CommerceError.notFoundNamed` when there is no such source.
    func source(code: String) async throws -> InventorySource
    /// Inserts or replaces the source (sources are never deleted in MSI).
    func saveSource(_ source: InventorySource) async throws

    func searchStocks(_ criteria: SearchCriteria) async throws -> SearchPage<InventoryStock>
    func stock(id: Int) async throws -> InventoryStock
    /// Creates (no id) or replaces a stock with its sales channels; returns its id.
    func saveStock(_ stock: InventoryStock) async throws -> Int
    func deleteStock(id: Int) async throws
    /// The stock that serves a sales channel (`website` + code).
    func stock(salesChannelType type: String, code: String) async throws -> InventoryStock

    func searchLinks(_ criteria: SearchCriteria) async throws -> SearchPage<StockSourceLink>
    func saveLinks(_ links: [StockSourceLink]) async throws
    func deleteLinks(_ links: [StockSourceLink]) async throws
    /// The sources linked to a stock, highest priority (lowest number) first.
    func sourcesAssigned(toStock stockId: Int) async throws -> [InventorySource]

    func searchSourceItems(_ criteria: SearchCriteria) async throws -> SearchPage<SourceItem>
    /// Upserts by (sku, source_code).
    func saveSourceItems(_ items: [SourceItem]) async throws
    func deleteSourceItems(_ items: [SourceItem]) async throws
    /// Sets low-quantity thresholds (nil: the store's default) for existing sources.
    func saveNotificationConfigurations(_ configurations: [SourceItemConfiguration]) async throws
    /// The stored threshold of one source item; nil when none is stored. Throws for an unknown source.
    func notificationThreshold(sourceCode: String, sku: String) async throws -> Decimal?
    func deleteNotificationConfigurations(_ items: [SourceItem]) async throws
    /// Adds or replaces places of the offline distance provider, keyed by country and postcode.
    func saveGeonames(_ rows: [Geoname]) async throws
    /// Places matching an address, in MSI's offline lookup order (postcode, city, region); at most
    /// `limit` of them, all when nil. Empty when nothing matches.
    func geonames(near address: GeoAddress, limit: Int?) async throws -> [Geoname]
    /// Reads the source items of `skus`, applies `change` and writes what it returns, all in one
    /// transaction (PostgreSQL locks the rows read), so concurrent transfers never interleave.
    func modifySourceItems<Value: Sendable>(
        skus: [String], _ change: @escaping @Sendable ([SourceItem]) throws -> SourceItemChange<Value>
    ) async throws -> Value
}
