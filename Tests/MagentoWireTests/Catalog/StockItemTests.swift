import Foundation
import MagentoWire
import Testing

@Suite struct StockItemTests {
    /// `GET /V1/stockItems/24-MB01`.
    static let item = """
    {"item_id":1,"product_id":1,"stock_id":1,"qty":100,"is_in_stock":true,"is_qty_decimal":false,\
    "show_default_notification_message":false,"use_config_min_qty":true,"min_qty":0,"use_config_min_sale_qty":1,\
    "min_sale_qty":1,"use_config_max_sale_qty":true,"max_sale_qty":10000,"use_config_backorders":true,\
    "backorders":0,"use_config_notify_stock_qty":true,"notify_stock_qty":1,"use_config_qty_increments":true,\
    "qty_increments":0,"use_config_enable_qty_inc":true,"enable_qty_increments":false,\
    "use_config_manage_stock":true,"manage_stock":true,"low_stock_date":null,"is_decimal_divided":false,\
    "stock_status_changed_auto":0}
    """

    @Test func aStockItemDecodes() throws {
        let item = try bind(StockItem.self, Self.item)
        #expect(item.itemId == 1)
        #expect(item.qty == Decimal(100))
        #expect(item.isInStock == true)
        #expect(item.useConfigMinSaleQty == 1)
        #expect(item.maxSaleQty == Decimal(10000))
        #expect(item.backorders == 0)
        #expect(item.manageStock == true)
        #expect(item.lowStockDate == nil)
        #expect(item.stockStatusChangedAuto == 0)
    }

    @Test func aStockItemEncodesBackToMagentosText() throws {
        #expect(try encodedText(bind(StockItem.self, Self.item)) == compact(Self.item))
    }

    @Test func lowStockDateIsSentAsNullWhenUnset() throws {
        let item = StockItem(qty: 5, isInStock: true)
        #expect(try encodedText(item) == #"{"qty":5,"is_in_stock":true,"low_stock_date":null}"#)
    }

    @Test func fractionalQuantitiesAreExact() throws {
        let item = try bind(StockItem.self, #"{"qty":"2.750","is_qty_decimal":true}"#)
        #expect(item.qty == Decimal(string: "2.75"))
        #expect(try encodedText(item) == #"{"qty":2.75,"is_qty_decimal":true,"low_stock_date":null}"#)
    }

    @Test func theRequestEnvelopeReadsTheCamelCaseStockItemKey() throws {
        let request = try bind(StockItemRequest.self, #"{"stockItem":{"qty":10,"is_in_stock":"1"}}"#)
        #expect(request.stockItem == StockItem(qty: 10, isInStock: true))
    }

    @Test func theRequestEnvelopeRequiresAStockItem() {
        #expect(throws: BindingError.required(fieldName: "stockItem")) {
            try bind(StockItemRequest.self, #"{}"#)
        }
    }

    @Test func aStockStatusRoundTrips() throws {
        let text = #"{"product_id":1,"stock_id":1,"qty":100,"stock_status":1,"stock_item":\#(Self.item)}"#
        let status = try bind(StockStatus.self, text)
        #expect(status.qty == 100)
        #expect(status.stockStatus == 1)
        #expect(status.stockItem?.itemId == 1)
        #expect(try encodedText(status) == compact(text))
    }
}
