import HTTPTypes
import MagentoWire
import Testing

@Suite("MSI bulk transfers, salability for a quantity and source selection")
struct InventoryBulkEndpointTests {
    static func items(_ session: TestSession, _ token: String) async throws -> String {
        try await session.get("/rest/V1/inventory/source-items?searchCriteria[filterGroups][0][filters][0][field]=sku&searchCriteria[filterGroups][0][filters][0][value]=MSI-1&searchCriteria[sortOrders][0][field]=source_code&searchCriteria[sortOrders][0][direction]=ASC&fields=items[source_code,quantity,status]", token: token).text
    }

    @Test("assign, partial and whole transfers, unassign; selection by priority, the algorithms listed; salability for a quantity")
    func bulkAndSalability() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/inventory/sources", token: token, body: #"{"source":{"source_code":"eu","name":"EU","country_id":"DE","postcode":"10115"}}"#)
            _ = try await session.send(.post, "/rest/V1/inventory/stock-source-links", token: token, body: #"{"links":[{"stock_id":1,"source_code":"eu","priority":2}]}"#)
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"MSI-1","name":"M","price":5,"extension_attributes":{"stock_item":{"qty":10,"is_in_stock":true}}}}"#)

            let assigned = try await session.send(.post, "/rest/V1/inventory/bulk-product-source-assign", token: token, body: #"{"skus":["MSI-1"],"sourceCodes":["eu","default"]}"#)
            #expect(assigned.text == "1")
            #expect(try await session.send(.post, "/rest/V1/inventory/bulk-product-source-assign", token: token, body: #"{"skus":["MSI-1"],"sourceCodes":["eu"]}"#).text == "0")
            #expect(try await Self.items(session, token) == #"{"items":[{"source_code":"default","quantity":10,"status":1},{"source_code":"eu","quantity":0,"status":0}]}"#)

            let partial = try await session.send(.post, "/rest/V1/inventory/bulk-partial-source-transfer", token: token, body: #"{"originSourceCode":"default","destinationSourceCode":"eu","items":[{"sku":"MSI-1","qty":4}]}"#)
            #expect(partial.status == .ok)
            #expect(try await Self.items(session, token) == #"{"items":[{"source_code":"default","quantity":6,"status":1},{"source_code":"eu","quantity":4,"status":1}]}"#)
            let tooMuch = try await session.send(.post, "/rest/V1/inventory/bulk-partial-source-transfer", token: token, body: #"{"originSourceCode":"default","destinationSourceCode":"eu","items":[{"sku":"MSI-1","qty":1},{"sku":"MSI-1","qty":50}]}"#)
            #expect(tooMuch.status == .badRequest)
            #expect(tooMuch.text == #"{"message":"Requested transfer amount for SKU \"%1\" is not available in source \"%2\".","parameters":["MSI-1","default"]}"#)
            #expect(try await Self.items(session, token) == #"{"items":[{"source_code":"default","quantity":6,"status":1},{"source_code":"eu","quantity":4,"status":1}]}"#)

            let selection = try await session.send(.post, "/rest/V1/inventory/source-selection-algorithm-result", token: token, body: #"{"inventoryRequest":{"stock_id":1,"items":[{"sku":"MSI-1","qty":8}]},"algorithmCode":"priority"}"#)
            #expect(selection.text == #"{"source_selection_items":[{"source_code":"default","sku":"MSI-1","qty_to_deduct":6,"qty_available":6},{"source_code":"eu","sku":"MSI-1","qty_to_deduct":2,"qty_available":4}],"shippable":true}"#)
            let short = try await session.send(.post, "/rest/V1/inventory/source-selection-algorithm-result", token: token, body: #"{"inventoryRequest":{"stock_id":1,"items":[{"sku":"MSI-1","qty":20}]},"algorithmCode":"priority"}"#)
            #expect(short.json?["shippable"] == .bool(false))
            let distance = try await session.send(.post, "/rest/V1/inventory/source-selection-algorithm-result", token: token, body: #"{"inventoryRequest":{"stock_id":1,"items":[]},"algorithmCode":"distance"}"#)
            #expect(distance.status == .badRequest)
            #expect(distance.text == #"{"message":"No destination address was provided in the request"}"#)
            let unknownAlgorithm = try await session.send(.post, "/rest/V1/inventory/source-selection-algorithm-result", token: token, body: #"{"inventoryRequest":{"stock_id":1,"items":[]},"algorithmCode":"nearest"}"#)
            #expect(unknownAlgorithm.status == .badRequest)
            #expect(unknownAlgorithm.text == #"{"message":"Source selection algorithm with code \"%1\" doesn't exist.","parameters":["nearest"]}"#)
            let list = try await session.get("/rest/V1/inventory/source-selection-algorithm-list", token: token)
            #expect(list.text == #"[{"code":"distance","title":"Distance Priority","description":"Algorithm which provides Source Selections based on shipping address distance from the source"},{"code":"priority","title":"Source Priority","description":"Algorithm which provides Source Selections based on predefined priority of Source"}]"#)

            #expect(try await session.get("/rest/V1/inventory/is-product-salable-for-requested-qty/MSI-1/1/10", token: token).text == #"{"salable":true,"errors":[]}"#)
            #expect(try await session.get("/rest/V1/inventory/is-product-salable-for-requested-qty/MSI-1/1/11", token: token).text == #"{"salable":false,"errors":[{"code":"is_salable_with_reservations-not_enough_qty","message":"The requested qty is not available"}]}"#)
            let fraction = try await session.get("/rest/V1/inventory/is-product-salable-for-requested-qty/MSI-1/1/0.5", token: token)
            #expect(fraction.json?["errors"]?.arrayValue?.compactMap { $0["code"]?.stringValue } == ["is_correct_qty-is_qty_decimal", "is_correct_qty-min_sale_qty"])
            #expect(try await session.get("/rest/V1/inventory/are-products-salable?skus[0]=MSI-1&skus[1]=NOPE&stockId=1", token: token).text == #"[{"sku":"MSI-1","stock_id":1,"is_salable":true},{"sku":"NOPE","stock_id":1,"is_salable":false}]"#)
            let many = try await session.get("/rest/V1/inventory/are-product-salable-for-requested-qty?skuRequests[0][sku]=MSI-1&skuRequests[0][qty]=20&stockId=1", token: token)
            #expect(many.text == #"[{"sku":"MSI-1","stock_id":1,"is_salable":false,"errors":[{"code":"is_salable_with_reservations-not_enough_qty","message":"The requested qty is not available"}]}]"#)
            let noStock = try await session.get("/rest/V1/inventory/is-product-salable-for-requested-qty/MSI-1/9/1", token: token)
            #expect(noStock.status == .notFound)

            let moved = try await session.send(.post, "/rest/V1/inventory/bulk-product-source-transfer", token: token, body: #"{"skus":["MSI-1"],"originSource":"eu","destinationSource":"default","unassignFromOrigin":true}"#)
            #expect(moved.text == "true")
            #expect(try await Self.items(session, token) == #"{"items":[{"source_code":"default","quantity":10,"status":1}]}"#)
            #expect(try await session.get("/rest/V1/stockItems/MSI-1?fields=qty", token: token).text == #"{"qty":10}"#)
            _ = try await session.send(.post, "/rest/V1/inventory/bulk-product-source-assign", token: token, body: #"{"skus":["MSI-1"],"sourceCodes":["eu"]}"#)
            #expect(try await session.send(.post, "/rest/V1/inventory/bulk-product-source-unassign", token: token, body: #"{"skus":["MSI-1"],"sourceCodes":["eu"]}"#).text == "1")

            let same = try await session.send(.post, "/rest/V1/inventory/bulk-product-source-transfer", token: token, body: #"{"skus":["MSI-1"],"originSource":"default","destinationSource":"default","unassignFromOrigin":false}"#)
            #expect(same.status == .badRequest)
            #expect(same.text == #"{"message":"Origin and destination sources must be different."}"#)
            let unknownSource = try await session.send(.post, "/rest/V1/inventory/bulk-product-source-assign", token: token, body: #"{"skus":["MSI-1"],"sourceCodes":["mars"]}"#)
            #expect(unknownSource.status == .notFound)
            #expect(unknownSource.text == #"{"message":"Source with code \"%value\" does not exist.","parameters":{"value":"mars"}}"#)
            let unknownSku = try await session.send(.post, "/rest/V1/inventory/bulk-product-source-assign", token: token, body: #"{"skus":["NOPE"],"sourceCodes":["eu"]}"#)
            #expect(unknownSku.status == .notFound)
            let empty = try await session.send(.post, "/rest/V1/inventory/bulk-product-source-assign", token: token, body: #"{"skus":[],"sourceCodes":["eu"]}"#)
            #expect(empty.text == #"{"message":"Input data is empty"}"#)
        }
    }

    @Test("a sales channel's stock exports salable quantities by searchCriteria and dumps its index")
    func export() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            for (sku, qty) in [("EX-1", 7), ("EX-2", 0)] {
                let saved = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"\#(sku)","name":"E \#(sku)","price":5,"extension_attributes":{"stock_item":{"qty":\#(qty),"is_in_stock":\#(qty > 0)}}}}"#)
                #expect(saved.status == .ok, "\(saved.text)")
            }
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"EX-C","name":"C","type_id":"configurable","price":5}}"#)
            let exported = try await session.get("/rest/V1/inventory/export-stock-salable-qty/website/base?searchCriteria[sortOrders][0][field]=sku&searchCriteria[sortOrders][0][direction]=ASC", token: token)
            #expect(exported.status == .ok)
            #expect(exported.text == #"{"items":[{"sku":"EX-1","qty":7,"is_salable":true},{"sku":"EX-2","qty":0,"is_salable":false}],"search_criteria":{"filter_groups":[],"sort_orders":[{"field":"sku","direction":"ASC"}]},"total_count":3}"#)
            let dump = try await session.get("/rest/V1/inventory/dump-stock-index-data/website/base", token: token)
            #expect(dump.json?.arrayValue?.compactMap { $0["sku"]?.stringValue }.sorted() == ["EX-1", "EX-2"])
            let unknown = try await session.get("/rest/V1/inventory/dump-stock-index-data/website/nowhere", token: token)
            #expect(unknown.status == .notFound)
        }
    }

    @Test("low-quantity thresholds per source item: stored, read back, the store default otherwise, deleted")
    func lowQuantityNotifications() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            #expect(try await session.get("/rest/V1/inventory/low-quantity-notification/default/LQ-1", token: token).text == #"{"source_code":"default","notify_stock_qty":1,"sku":"LQ-1"}"#)
            let saved = try await session.send(.post, "/rest/V1/inventory/low-quantity-notification", token: token, body: #"{"sourceItemConfigurations":[{"source_code":"default","notify_stock_qty":7.5,"sku":"LQ-1"}]}"#)
            #expect(saved.status == .ok)
            #expect(try await session.get("/rest/V1/inventory/low-quantity-notification/default/LQ-1", token: token).text == #"{"source_code":"default","notify_stock_qty":7.5,"sku":"LQ-1"}"#)
            let deleted = try await session.send(.post, "/rest/V1/inventory/low-quantity-notifications-delete", token: token, body: #"{"sourceItems":[{"source_code":"default","sku":"LQ-1"}]}"#)
            #expect(deleted.status == .ok)
            #expect(try await session.get("/rest/V1/inventory/low-quantity-notification/default/LQ-1", token: token).text == #"{"source_code":"default","notify_stock_qty":1,"sku":"LQ-1"}"#)
            let unknown = try await session.send(.post, "/rest/V1/inventory/low-quantity-notification", token: token, body: #"{"sourceItemConfigurations":[{"source_code":"mars","sku":"LQ-1","notify_stock_qty":2}]}"#)
            #expect(unknown.status == .notFound)
            let empty = try await session.send(.post, "/rest/V1/inventory/low-quantity-notification", token: token, body: #"{"sourceItemConfigurations":[]}"#)
            #expect(empty.text == #"{"message":"Input data is empty"}"#)
            let noSource = try await session.get("/rest/V1/inventory/low-quantity-notification/mars/LQ-1", token: token)
            #expect(noSource.status == .notFound)
        }
    }
}
