import Foundation
import MagentoWire
import Testing

/// MSI shapes: sources, stocks, source items, links and low-stock configurations.
@Suite struct InventoryTests {
    @Test func theDefaultSourceRoundTrips() throws {
        let text = """
        {"source_code":"default","name":"Default Source","enabled":true,"description":"Default Source",\
        "latitude":0,"longitude":0,"country_id":"US","postcode":"00000","use_default_carrier_config":true,\
        "carrier_links":[]}
        """
        let source = try bind(InventorySource.self, text)
        #expect(source.sourceCode == "default")
        #expect(source.enabled == true)
        #expect(try encodedText(source) == compact(text))
    }

    @Test func aFullSourceKeepsMagentosKeyOrder() throws {
        let text = """
        {"source_code":"berlin","name":"Berlin","email":"b@example.com","contact_name":"Ann","enabled":false,\
        "description":"Shop","latitude":52.520008,"longitude":13.404954,"country_id":"DE","region_id":82,\
        "region":"Berlin","city":"Berlin","street":"Unter den Linden 1","postcode":"10117","phone":"030",\
        "fax":"031","use_default_carrier_config":false,"carrier_links":[{"carrier_code":"flatrate","position":1}],\
        "extension_attributes":{"is_pickup_location_active":true,"frontend_name":"Berlin shop"}}
        """
        let source = try bind(InventorySource.self, text)
        #expect(source.latitude == Decimal(string: "52.520008"))
        #expect(source.carrierLinks == [SourceCarrierLink(carrierCode: "flatrate", position: 1)])
        #expect(try encodedText(source) == compact(text))
    }

    @Test func aStockListsItsSalesChannels() throws {
        let text = #"{"stock_id":1,"name":"Default Stock","extension_attributes":{"sales_channels":[{"type":"website","code":"base"}]}}"#
        let stock = try bind(InventoryStock.self, text)
        #expect(stock.extensionAttributes?.salesChannels == [SalesChannel(type: "website", code: "base")])
        #expect(try encodedText(stock) == text)
    }

    @Test func aSourceItemQuantityIsExact() throws {
        let item = try bind(SourceItem.self, #"{"sku":"A","source_code":"default","quantity":"10.50","status":1}"#)
        #expect(item.quantity == Decimal(string: "10.5"))
        #expect(try encodedText(item) == #"{"sku":"A","source_code":"default","quantity":10.5,"status":1}"#)
    }

    @Test func aStockSourceLinkRoundTrips() throws {
        let text = #"{"stock_id":1,"source_code":"default","priority":1}"#
        #expect(try encodedText(bind(StockSourceLink.self, text)) == text)
    }

    @Test func theSourceItemsEnvelopeReadsTheCamelCaseKey() throws {
        let request = try bind(SourceItemsRequest.self, #"{"sourceItems":[{"sku":"A","source_code":"default","quantity":5,"status":1}]}"#)
        #expect(request.sourceItems == [SourceItem(sku: "A", sourceCode: "default", quantity: 5, status: 1)])
    }

    @Test func theSourceItemsEnvelopeRequiresItsList() {
        #expect(throws: BindingError.required(fieldName: "sourceItems")) {
            try bind(SourceItemsRequest.self, #"{"items":[]}"#)
        }
    }

    @Test func theLinksEnvelopeCarriesLinks() throws {
        let request = try bind(StockSourceLinksRequest.self, #"{"links":[{"stock_id":2,"source_code":"berlin","priority":1}]}"#)
        #expect(request.links == [StockSourceLink(stockId: 2, sourceCode: "berlin", priority: 1)])
    }

    @Test func theSourceAndStockEnvelopesCarryOneEach() throws {
        let source = try bind(InventorySourceRequest.self, #"{"source":{"source_code":"b","name":"B","enabled":true,"country_id":"DE","postcode":"1"}}"#)
        #expect(source.source.countryId == "DE")
        let stock = try bind(InventoryStockRequest.self, #"{"stock":{"name":"EU"}}"#)
        #expect(stock.stock == InventoryStock(name: "EU"))
    }

    @Test func aLowStockConfigurationRoundTrips() throws {
        let text = #"{"sourceItemConfigurations":[{"source_code":"default","notify_stock_qty":2.5,"sku":"A"}]}"#
        let request = try bind(SourceItemConfigurationsRequest.self, text)
        #expect(request.sourceItemConfigurations.first?.notifyStockQty == Decimal(string: "2.5"))
        #expect(try encodedText(request.sourceItemConfigurations) == #"[{"source_code":"default","notify_stock_qty":2.5,"sku":"A"}]"#)
    }

    @Test func theBulkEnvelopesReadCamelCaseArguments() throws {
        let assign = try bind(BulkSourceAssignRequest.self, #"{"skus":["A"],"sourceCodes":["default","berlin"]}"#)
        #expect(assign == BulkSourceAssignRequest(skus: ["A"], sourceCodes: ["default", "berlin"]))
        let transfer = try bind(
            BulkInventoryTransferRequest.self,
            #"{"skus":["A"],"originSource":"default","destinationSource":"berlin","unassignFromOrigin":"true"}"#
        )
        #expect(transfer == BulkInventoryTransferRequest(
            skus: ["A"], originSource: "default", destinationSource: "berlin", unassignFromOrigin: true
        ))
    }
}
