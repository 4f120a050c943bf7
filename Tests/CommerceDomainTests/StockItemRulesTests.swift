import CommerceDomain
import Foundation
import MagentoWire
import Testing

@Suite("Legacy stock item rules")
struct StockItemRulesTests {
    let config = StockConfiguration()
    let stored = StockItem(itemId: 7, productId: 3, stockId: 1, qty: 10, isInStock: true, minQty: 0, backorders: 0)

    @Test("a partial update keeps every field it does not name, and the ids")
    func merge() {
        let merged = StockItemRules.merge(StockItem(itemId: 99, qty: 4), into: stored)
        #expect(merged.itemId == 7)
        #expect(merged.productId == 3)
        #expect(merged.qty == 4)
        #expect(merged.isInStock == true)
    }

    @Test("qty at or below min_qty without backorders forces out of stock", arguments: ["0", "-1"])
    func outOfStock(qty: String) {
        let item = StockItemRules.normalize(
            StockItem(qty: Decimal(string: qty), isInStock: true), config: config, tracksQuantity: true, now: "2026-01-01 00:00:00"
        )
        #expect(item.isInStock == false)
        #expect(item.stockStatusChangedAuto == 1)
    }

    @Test("a missing qty counts as none")
    func missingQty() {
        let item = StockItemRules.normalize(StockItem(isInStock: true), config: config, tracksQuantity: true, now: "t")
        #expect(item.isInStock == false)
    }

    @Test("backorders keep a zero-quantity item in stock")
    func backordersKeepInStock() {
        var allowing = config
        allowing.backorders = 1
        let item = StockItemRules.normalize(StockItem(qty: 0, isInStock: true), config: allowing, tracksQuantity: true, now: "t")
        #expect(item.isInStock == true)
    }

    @Test("an item's own min_qty applies when use_config_min_qty is off")
    func ownMinQty() {
        let item = StockItemRules.normalize(
            StockItem(qty: 5, isInStock: true, useConfigMinQty: false, minQty: 5), config: config, tracksQuantity: true, now: "t"
        )
        #expect(item.isInStock == false)
    }

    @Test("unmanaged stock and types without quantity are never forced out")
    func unmanaged() {
        var off = config
        off.manageStock = false
        #expect(StockItemRules.normalize(StockItem(qty: 0, isInStock: true), config: off, tracksQuantity: true, now: "t").isInStock == true)
        let configurable = StockItemRules.normalize(StockItem(qty: 30, isInStock: true), config: config, tracksQuantity: false, now: "t")
        #expect(configurable.qty == 0)
        #expect(configurable.isInStock == true)
    }

    @Test("raising qty does not flip an item back in stock by itself")
    func noAutoBackInStock() {
        let item = StockItemRules.normalize(StockItem(qty: 50, isInStock: false), config: config, tracksQuantity: true, now: "t")
        #expect(item.isInStock == false)
    }

    @Test("low_stock_date is stamped below notify_stock_qty and cleared above it")
    func lowStockDate() {
        var notifying = config
        notifying.notifyStockQty = 5
        #expect(StockItemRules.normalize(StockItem(qty: 3, isInStock: true), config: notifying, tracksQuantity: true, now: "2026-11-22 10:00:00").lowStockDate == "2026-11-22 10:00:00")
        #expect(StockItemRules.normalize(StockItem(qty: 9, isInStock: true, lowStockDate: "old"), config: notifying, tracksQuantity: true, now: "x").lowStockDate == nil)
    }

    @Test("configuration is read from the store directory with Magento's defaults")
    func configuration() {
        let directory = StoreDirectory(
            websites: [Website(id: 1, code: "base", name: "Main", defaultGroupId: 1)],
            groups: [StoreGroup(id: 1, websiteId: 1, rootCategoryId: 2, defaultStoreId: 1, name: "M", code: "m")],
            views: [StoreView(id: 1, code: "default", name: "D", websiteId: 1, storeGroupId: 1, isActive: 1)],
            config: [ConfigValue(scope: .default, scopeId: 0, path: "cataloginventory/item_options/backorders", value: "2")]
        )
        let read = StockConfiguration(directory, storeId: 1)
        #expect(read.backorders == 2)
        #expect(read.maxSaleQty == 10_000)
        #expect(read.manageStock == true)
    }
}
