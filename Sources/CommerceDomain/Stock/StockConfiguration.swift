import Foundation

/// The `cataloginventory/item_options/*` settings a stock item falls back to when its
/// `use_config_*` flag is set, with Magento's defaults.
public struct StockConfiguration: Sendable, Equatable {
    public var manageStock: Bool = true
    /// 0 no backorders, 1 allow qty below 0, 2 allow and notify the customer.
    public var backorders: Int = 0
    /// The out-of-stock threshold.
    public var minQty: Decimal = 0
    public var minSaleQty: Decimal = 1
    public var maxSaleQty: Decimal = 10_000
    public var notifyStockQty: Decimal = 1
    public var enableQtyIncrements: Bool = false
    public var qtyIncrements: Decimal = 1
    /// `cataloginventory/magpie/reservations`: placing an order appends MSI reservations instead
    /// of taking source quantity, and shipments deduct from the sources. Off by default because
    /// Magpie's clients rely on the legacy behaviour where `qty` drops at placement
    /// (docs/differences.md).
    public var reservations: Bool = false

    public init() {}

    /// Reads the settings for a store view, falling back to Magento's defaults.
    public init(_ directory: StoreDirectory, storeId: Int) {
        func decimal(_ key: String) -> Decimal? {
            directory.configValue("cataloginventory/item_options/\(key)", storeId: storeId).flatMap { Decimal(string: $0) }
        }
        func flag(_ key: String) -> Bool? {
            directory.configValue("cataloginventory/item_options/\(key)", storeId: storeId).map { $0 == "1" }
        }
        manageStock = flag("manage_stock") ?? manageStock
        backorders = directory.configValue("cataloginventory/item_options/backorders", storeId: storeId).flatMap { Int($0) } ?? backorders
        minQty = decimal("min_qty") ?? minQty
        minSaleQty = decimal("min_sale_qty") ?? minSaleQty
        maxSaleQty = decimal("max_sale_qty") ?? maxSaleQty
        notifyStockQty = decimal("notify_stock_qty") ?? notifyStockQty
        enableQtyIncrements = flag("enable_qty_increments") ?? enableQtyIncrements
        qtyIncrements = decimal("qty_increments") ?? qtyIncrements
        reservations = directory.configValue("cataloginventory/magpie/reservations", storeId: storeId) == "1"
    }
}
