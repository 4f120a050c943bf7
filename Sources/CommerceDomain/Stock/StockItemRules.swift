import Foundation
import MagentoWire

/// Magento's legacy stock-item save rules (CatalogInventory's StockItemRepository and
/// StockStateProvider) as pure functions: merge a partial update, then derive the automatic
/// fields from the effective settings.
public enum StockItemRules {
    /// A partial `{"stockItem": {…}}` body merged over the stored item: sent fields win,
    /// omitted ones keep their stored value. Ids are never taken from the body.
    public static func merge(_ update: StockItem, into stored: StockItem) -> StockItem {
        var merged = stored
        merged.qty = update.qty ?? stored.qty
        merged.isInStock = update.isInStock ?? stored.isInStock
        merged.isQtyDecimal = update.isQtyDecimal ?? stored.isQtyDecimal
        merged.showDefaultNotificationMessage = update.showDefaultNotificationMessage ?? stored.showDefaultNotificationMessage
        merged.useConfigMinQty = update.useConfigMinQty ?? stored.useConfigMinQty
        merged.minQty = update.minQty ?? stored.minQty
        merged.useConfigMinSaleQty = update.useConfigMinSaleQty ?? stored.useConfigMinSaleQty
        merged.minSaleQty = update.minSaleQty ?? stored.minSaleQty
        merged.useConfigMaxSaleQty = update.useConfigMaxSaleQty ?? stored.useConfigMaxSaleQty
        merged.maxSaleQty = update.maxSaleQty ?? stored.maxSaleQty
        merged.useConfigBackorders = update.useConfigBackorders ?? stored.useConfigBackorders
        merged.backorders = update.backorders ?? stored.backorders
        merged.useConfigNotifyStockQty = update.useConfigNotifyStockQty ?? stored.useConfigNotifyStockQty
        merged.notifyStockQty = update.notifyStockQty ?? stored.notifyStockQty
        merged.useConfigQtyIncrements = update.useConfigQtyIncrements ?? stored.useConfigQtyIncrements
        merged.qtyIncrements = update.qtyIncrements ?? stored.qtyIncrements
        merged.useConfigEnableQtyInc = update.useConfigEnableQtyInc ?? stored.useConfigEnableQtyInc
        merged.enableQtyIncrements = update.enableQtyIncrements ?? stored.enableQtyIncrements
        merged.useConfigManageStock = update.useConfigManageStock ?? stored.useConfigManageStock
        merged.manageStock = update.manageStock ?? stored.manageStock
        merged.isDecimalDivided = update.isDecimalDivided ?? stored.isDecimalDivided
        return merged
    }

    /// The settings that apply to an item: its own, or the configuration's where `use_config_*` is set.
    public struct Effective: Sendable, Equatable {
        public var manageStock: Bool
        public var backorders: Int
        public var minQty: Decimal
        public var notifyStockQty: Decimal
        public var minSaleQty: Decimal
        public var maxSaleQty: Decimal
        /// The step a quantity must be a multiple of; nil when increments are off.
        public var qtyIncrements: Decimal?
    }

    public static func effective(_ item: StockItem, _ config: StockConfiguration) -> Effective {
        Effective(
            manageStock: (item.useConfigManageStock ?? true) ? config.manageStock : (item.manageStock ?? true),
            backorders: (item.useConfigBackorders ?? true) ? config.backorders : (item.backorders ?? 0),
            minQty: (item.useConfigMinQty ?? true) ? config.minQty : (item.minQty ?? 0),
            notifyStockQty: (item.useConfigNotifyStockQty ?? true) ? config.notifyStockQty : (item.notifyStockQty ?? 1),
            minSaleQty: (item.useConfigMinSaleQty ?? 1) != 0 ? config.minSaleQty : (item.minSaleQty ?? config.minSaleQty),
            maxSaleQty: (item.useConfigMaxSaleQty ?? true) ? config.maxSaleQty : (item.maxSaleQty ?? config.maxSaleQty),
            qtyIncrements: ((item.useConfigEnableQtyInc ?? true) ? config.enableQtyIncrements : (item.enableQtyIncrements ?? false))
                ? ((item.useConfigQtyIncrements ?? true) ? config.qtyIncrements : (item.qtyIncrements ?? 1)) : nil
        )
    }

    /// Applies the automatic rules before a save:
    /// - types without quantity (configurable, bundle, grouped) store qty 0;
    /// - a managed item with no backorders whose qty is missing or at/below `min_qty` is forced out
    ///   of stock, flagged `stock_status_changed_auto` = 1 (raising qty later does not flip it back:
    ///   clients send `is_in_stock: true` with the new quantity, as in Magento);
    /// - `low_stock_date` is stamped with `now` while qty is below `notify_stock_qty`, cleared otherwise.
    public static func normalize(
        _ item: StockItem, config: StockConfiguration, tracksQuantity: Bool, now: String
    ) -> StockItem {
        var item = item
        if !tracksQuantity { item.qty = 0 }
        let settings = effective(item, config)
        if settings.manageStock, tracksQuantity, settings.backorders == 0 {
            if item.qty.map({ $0 <= settings.minQty }) ?? true {
                item.isInStock = false
                item.stockStatusChangedAuto = 1
            }
        }
        if settings.manageStock, tracksQuantity, let qty = item.qty, qty < settings.notifyStockQty {
            item.lowStockDate = now
        } else {
            item.lowStockDate = nil
        }
        return item
    }
}
