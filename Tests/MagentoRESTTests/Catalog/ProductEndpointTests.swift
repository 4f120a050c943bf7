import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

@Suite("Product endpoints")
struct ProductEndpointTests {
    static let bag = #"{"product":{"sku":"MB-01","name":"Joust Duffle Bag","price":34,"type_id":"simple","attribute_set_id":4,"weight":1.5,"custom_attributes":[{"attribute_code":"color","value":"1"},{"attribute_code":"description","value":"A bag"}],"extension_attributes":{"stock_item":{"qty":10,"is_in_stock":true}}}}"#
    static let stock = #"{"item_id":1,"product_id":1,"stock_id":1,"qty":10,"is_in_stock":true,"is_qty_decimal":false,"show_default_notification_message":false,"use_config_min_qty":true,"min_qty":0,"use_config_min_sale_qty":1,"min_sale_qty":1,"use_config_max_sale_qty":true,"max_sale_qty":10000,"use_config_backorders":true,"backorders":0,"use_config_notify_stock_qty":true,"notify_stock_qty":1,"use_config_qty_increments":true,"qty_increments":1,"use_config_enable_qty_inc":true,"enable_qty_increments":false,"use_config_manage_stock":true,"manage_stock":true,"low_stock_date":null,"is_decimal_divided":false,"stock_status_changed_auto":0}"#
    static let saved = #"{"id":1,"sku":"MB-01","name":"Joust Duffle Bag","attribute_set_id":4,"price":34,"status":1,"visibility":4,"type_id":"simple","created_at":"2026-09-21 14:13:20","updated_at":"2026-09-21 14:13:20","weight":1.5,"extension_attributes":{"website_ids":[1],"stock_item":\#(stock)},"product_links":[],"options":[],"media_gallery_entries":[],"tier_prices":[],"custom_attributes":[{"attribute_code":"color","value":"1"},{"attribute_code":"description","value":"A bag"},{"attribute_code":"url_key","value":"joust-duffle-bag"}]}"#

    @Test("POST creates a product and answers with the whole ProductInterface; GET finds it case-insensitively")
    func createAndRead() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let created = try await session.send(.post, "/rest/V1/products", token: token, body: Self.bag)
            #expect(created.status == .ok)
            #expect(created.text == Self.saved)
            let read = try await session.get("/rest/V1/products/mb-01", token: token)
            #expect(read.text == Self.saved)
            #expect(read.headers[.lastModified] == "Mon, 21 Sep 2026 14:13:20 GMT")
            let list = try await session.get("/rest/V1/products?searchCriteria=", token: token)
            #expect(list.headers[.lastModified] == nil)
        }
    }

    @Test("PUT is an upsert: the URL's SKU wins, omitted fields and extension attributes are kept, updated_at moves")
    func upsert() async throws {
        let clock = TestClock()
        try await TestApp.make(clock: clock).run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: Self.bag)
            clock.advance(by: 60)
            let updated = try await session.send(.put, "/rest/V1/products/MB-01", token: token, body: #"{"product":{"sku":"ignored","price":"39.5","custom_attributes":{"description":"A bigger bag"}}}"#)
            #expect(updated.status == .ok)
            let fields = try await session.get("/rest/V1/products/MB-01?fields=sku,price,updated_at,custom_attributes,extension_attributes[website_ids]", token: token)
            #expect(fields.text == #"{"sku":"MB-01","price":39.5,"updated_at":"2026-09-21 14:14:20","extension_attributes":{"website_ids":[1]},"custom_attributes":[{"attribute_code":"color","value":"1"},{"attribute_code":"description","value":"A bigger bag"},{"attribute_code":"url_key","value":"joust-duffle-bag"}]}"#)
            let created = try await session.send(.put, "/rest/V1/products/NEW-1", token: token, body: #"{"product":{"name":"New One","price":5}}"#)
            #expect(created.status == .ok)
            let count = try await session.get("/rest/V1/products?searchCriteria=&fields=total_count", token: token)
            #expect(count.text == #"{"total_count":2}"#)
        }
    }

    @Test("unknown SKUs, missing names and prices, bad types and duplicate URL keys get Magento's errors")
    func errors() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let missing = try await session.get("/rest/V1/products/NOPE", token: token)
            #expect(missing.status == .notFound)
            #expect(missing.text == #"{"message":"The product that was requested doesn't exist. Verify the product and try again."}"#)
            let noName = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"A","price":1}}"#)
            #expect(noName.status == .badRequest)
            #expect(noName.text == #"{"message":"Invalid product data: %1","parameters":["The value of attribute \"name\" must be set"]}"#)
            let noPrice = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"A","name":"A"}}"#)
            #expect(noPrice.text == #"{"message":"Invalid product data: %1","parameters":["The value of attribute \"price\" must be set"]}"#)
            let badType = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"A","name":"A","price":1,"type_id":"gizmo"}}"#)
            #expect(badType.text == #"{"message":"Invalid product data: %1","parameters":["Product type \"gizmo\" is not supported"]}"#)
            let emptyCode = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"A","name":"A","price":1,"custom_attributes":[{"value":"x"}]}}"#)
            #expect(emptyCode.status == .badRequest)
            #expect(emptyCode.text == #"{"message":"A custom attribute is specified with a missing attribute code. Verify the code and try again."}"#)
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"A","name":"Same","price":1}}"#)
            let clash = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"B","name":"Same","price":1}}"#)
            #expect(clash.status == .badRequest)
            #expect(clash.text == #"{"message":"URL key for specified store already exists."}"#)
            let stillOne = try await session.get("/rest/V1/products?searchCriteria=&fields=total_count", token: token)
            #expect(stillOne.text == #"{"total_count":1}"#)
        }
    }

    @Test("DELETE answers true, removes the product and its source items")
    func delete() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: Self.bag)
            let deleted = try await session.send(.delete, "/rest/V1/products/mb-01", token: token)
            #expect(deleted.text == "true")
            let gone = try await session.get("/rest/V1/products/MB-01", token: token)
            #expect(gone.status == .notFound)
            let sources = try await session.get("/rest/V1/inventory/source-items?searchCriteria=&fields=total_count", token: token)
            #expect(sources.text == #"{"total_count":0}"#)
            let again = try await session.send(.delete, "/rest/V1/products/mb-01", token: token)
            #expect(again.status == .notFound)
        }
    }

    @Test("searchCriteria filters and sorts on columns and on custom attributes, numbers as numbers")
    func search() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            for (sku, price, color) in [("P-1", "9", "1"), ("P-2", "10", "2"), ("P-3", "100", "1")] {
                _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"\#(sku)","name":"Item \#(sku)","price":\#(price),"custom_attributes":{"color":"\#(color)","special_price":"\#(price)"}}}"#)
            }
            let byColor = try await session.get("/rest/V1/products?searchCriteria[filterGroups][0][filters][0][field]=color&searchCriteria[filterGroups][0][filters][0][value]=1&searchCriteria[sortOrders][0][field]=price&searchCriteria[sortOrders][0][direction]=DESC&fields=items[sku],total_count", token: token)
            #expect(byColor.text == #"{"items":[{"sku":"P-3"},{"sku":"P-1"}],"total_count":2}"#)
            let bySpecial = try await session.get("/rest/V1/products?searchCriteria[filterGroups][0][filters][0][field]=special_price&searchCriteria[filterGroups][0][filters][0][value]=9.5&searchCriteria[filterGroups][0][filters][0][conditionType]=gt&searchCriteria[sortOrders][0][field]=special_price&searchCriteria[sortOrders][0][direction]=ASC&fields=items[sku]", token: token)
            #expect(bySpecial.text == #"{"items":[{"sku":"P-2"},{"sku":"P-3"}]}"#)
            let paged = try await session.get("/rest/V1/products?searchCriteria[pageSize]=2&searchCriteria[currentPage]=2&searchCriteria[sortOrders][0][field]=sku&searchCriteria[sortOrders][0][direction]=ASC&fields=items[sku],total_count", token: token)
            #expect(paged.text == #"{"items":[{"sku":"P-3"}],"total_count":3}"#)
            let unknown = try await session.get("/rest/V1/products?searchCriteria[filterGroups][0][filters][0][field]=nope&searchCriteria[filterGroups][0][filters][0][value]=1", token: token)
            #expect(unknown.status == .badRequest)
            #expect(unknown.text == #"{"message":"Invalid attribute identifier for filter (%1)","parameters":["nope"]}"#)
        }
    }

    @Test("a store-view write sets that view's values; other scopes keep and fall back to the default")
    func storeViewScope() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: Self.bag)
            let french = try await session.send(.put, "/rest/fr/V1/products/MB-01", token: token, body: #"{"product":{"name":"Sac Joust","price":40,"custom_attributes":[{"attribute_code":"description","value":"Un sac"}]}}"#)
            #expect(french.status == .ok)
            let inFrench = try await session.get("/rest/fr/V1/products/MB-01?fields=name,price,custom_attributes", token: token)
            #expect(inFrench.text == #"{"name":"Sac Joust","price":40,"custom_attributes":[{"attribute_code":"color","value":"1"},{"attribute_code":"description","value":"Un sac"},{"attribute_code":"url_key","value":"joust-duffle-bag"}]}"#)
            let global = try await session.get("/rest/all/V1/products/MB-01?fields=name,price,custom_attributes", token: token)
            #expect(global.text == #"{"name":"Joust Duffle Bag","price":40,"custom_attributes":[{"attribute_code":"color","value":"1"},{"attribute_code":"description","value":"A bag"},{"attribute_code":"url_key","value":"joust-duffle-bag"}]}"#)
            // Lists are scoped too (Magento's getList ignores the store: magento/magento2#15461).
            let list = try await session.get("/rest/fr/V1/products?searchCriteria[filterGroups][0][filters][0][field]=name&searchCriteria[filterGroups][0][filters][0][value]=Sac%25&searchCriteria[filterGroups][0][filters][0][conditionType]=like&fields=items[name]", token: token)
            #expect(list.text == #"{"items":[{"name":"Sac Joust"}]}"#)
            let defaultList = try await session.get("/rest/default/V1/products?searchCriteria=&fields=items[name]", token: token)
            #expect(defaultList.text == #"{"items":[{"name":"Joust Duffle Bag"}]}"#)
        }
    }

    @Test("category_ids and category_links assign categories; GET /V1/products/types lists the types")
    func categoriesAndTypes() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/categories", token: token, body: #"{"category":{"name":"Gear"}}"#)
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"C-1","name":"C","price":1,"custom_attributes":[{"attribute_code":"category_ids","value":["3"]}]}}"#)
            let read = try await session.get("/rest/V1/products/C-1?fields=extension_attributes[category_links],custom_attributes", token: token)
            #expect(read.text == #"{"extension_attributes":{"category_links":[{"position":0,"category_id":"3"}]},"custom_attributes":[{"attribute_code":"url_key","value":"c"},{"attribute_code":"category_ids","value":["3"]}]}"#)
            let badCategory = try await session.send(.put, "/rest/V1/products/C-1", token: token, body: #"{"product":{"extension_attributes":{"category_links":[{"position":1,"category_id":"99"}]}}}"#)
            #expect(badCategory.status == .notFound)
            #expect(badCategory.text == #"{"message":"No such entity with %fieldName = %fieldValue","parameters":{"fieldName":"id","fieldValue":"99"}}"#)
            let types = try await session.get("/rest/V1/products/types", token: token)
            #expect(types.text == #"[{"name":"simple","label":"Simple Product"},{"name":"virtual","label":"Virtual Product"},{"name":"bundle","label":"Bundle Product"},{"name":"downloadable","label":"Downloadable Product"},{"name":"configurable","label":"Configurable Product"},{"name":"grouped","label":"Grouped Product"}]"#)
        }
    }

    @Test("catalog routes need the catalog ACL")
    func needsToken() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/products/MB-01")
            #expect(reply.status == .unauthorized)
            #expect(reply.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Catalog::products"}}"#)
        }
    }
}
