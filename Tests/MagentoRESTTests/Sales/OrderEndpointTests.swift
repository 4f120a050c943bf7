import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

@Suite("Order endpoints")
struct OrderEndpointTests {
    @Test("creating an order numbers it, completes its totals and answers the whole order")
    func create() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: token)
            let created = try await session.placeOrder(token: token)
            #expect(created.status == .ok)
            #expect(created.text == #"{"entity_id":1,"increment_id":"000000001","state":"new","status":"pending","store_id":1,"created_at":"2026-09-21 14:13:20","updated_at":"2026-09-21 14:13:20","customer_email":"ada@example.com","customer_firstname":"Ada","customer_lastname":"Lovelace","customer_is_guest":1,"base_currency_code":"USD","order_currency_code":"USD","store_currency_code":"USD","global_currency_code":"USD","grand_total":25,"base_grand_total":25,"subtotal":20,"base_subtotal":20,"shipping_amount":5,"base_shipping_amount":5,"tax_amount":0,"base_tax_amount":0,"discount_amount":0,"base_discount_amount":0,"total_due":25,"base_total_due":25,"total_qty_ordered":2,"total_item_count":1,"shipping_description":"Flat Rate - Fixed","is_virtual":0,"email_sent":0,"items":[{"item_id":1,"order_id":1,"store_id":1,"created_at":"2026-09-21 14:13:20","updated_at":"2026-09-21 14:13:20","product_id":1,"product_type":"simple","sku":"SALE-1","name":"Item SALE-1","is_virtual":0,"qty_ordered":2,"qty_invoiced":0,"qty_shipped":0,"qty_refunded":0,"qty_canceled":0,"price":10,"base_price":10,"original_price":10,"row_total":20,"base_row_total":20,"tax_amount":0,"discount_amount":0}],"billing_address":{"entity_id":1,"parent_id":1,"address_type":"billing","firstname":"Ada","lastname":"Lovelace","street":["1 Analytical Way"],"city":"London","postcode":"N1 1AA","country_id":"GB","telephone":"0200000000"},"payment":{"entity_id":1,"parent_id":1,"method":"checkmo","amount_ordered":25,"base_amount_ordered":25,"shipping_amount":5,"base_shipping_amount":5},"status_histories":[],"extension_attributes":{"shipping_assignments":[{"shipping":{"address":{"entity_id":2,"parent_id":1,"address_type":"shipping","firstname":"Ada","lastname":"Lovelace","street":["1 Analytical Way"],"city":"London","postcode":"N1 1AA","country_id":"GB","telephone":"0200000000"},"method":"flatrate_flatrate"}}]}}"#)
            let read = try await session.get("/rest/V1/orders/1", token: token)
            #expect(read.text == created.text)
            let second = try await session.send(.put, "/rest/V1/orders/create", token: token, body: #"{"entity":{"customer_email":"b@example.com","items":[{"sku":"OTHER","qty_ordered":1,"price":3}]}}"#)
            #expect(second.status == .ok)
            let numbers = try await session.get("/rest/V1/orders/2?fields=increment_id,grand_total,items[item_id,product_id]", token: token)
            #expect(numbers.text == #"{"increment_id":"000000002","grand_total":3,"items":[{"item_id":2}]}"#)
        }
    }

    @Test("an order sent with its own increment_id keeps it, takes no stock, and a second one with that number is refused")
    func importedOrder() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", qty: 10, token: token)
            let body = #"{"entity":{"increment_id":"100000042","state":"complete","status":"complete","customer_email":"ada@example.com","items":[{"sku":"SALE-1","qty_ordered":3,"price":10}]}}"#
            let imported = try await session.send(.post, "/rest/V1/orders", token: token, body: body)
            #expect(imported.status == .ok)
            let read = try await session.get("/rest/V1/orders/1?fields=increment_id,state,status,grand_total", token: token)
            #expect(read.text == #"{"increment_id":"100000042","state":"complete","status":"complete","grand_total":30}"#)
            #expect(try await session.get("/rest/V1/stockItems/SALE-1?fields=qty", token: token).text == #"{"qty":10}"#)

            let again = try await session.send(.post, "/rest/V1/orders", token: token, body: body)
            #expect(again.status == .badRequest)
            #expect(again.text == #"{"message":"Unique constraint violation found"}"#)
            #expect(try await session.get("/rest/V1/orders?searchCriteria[pageSize]=5&fields=total_count", token: token).text == #"{"total_count":1}"#)

            _ = try await session.placeOrder(qty: 2, token: token)
            #expect(try await session.get("/rest/V1/orders/2?fields=increment_id", token: token).text == #"{"increment_id":"000000001"}"#)
            #expect(try await session.get("/rest/V1/stockItems/SALE-1?fields=qty", token: token).text == #"{"qty":8}"#)
        }
    }

    @Test("search filters on status, email, ids and dates; items list and read alone")
    func search() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: token)
            _ = try await session.placeOrder(token: token)
            _ = try await session.placeOrder(qty: 1, token: token)
            _ = try await session.send(.post, "/rest/V1/orders/2/hold", token: token)
            let held = try await session.get("/rest/V1/orders?searchCriteria[filterGroups][0][filters][0][field]=status&searchCriteria[filterGroups][0][filters][0][value]=holded&fields=items[entity_id,state],total_count", token: token)
            #expect(held.text == #"{"items":[{"entity_id":2,"state":"holded"}],"total_count":1}"#)
            let mail = try await session.get("/rest/V1/orders?searchCriteria[filterGroups][0][filters][0][field]=customer_email&searchCriteria[filterGroups][0][filters][0][value]=ada%25&searchCriteria[filterGroups][0][filters][0][conditionType]=like&fields=total_count", token: token)
            #expect(mail.text == #"{"total_count":2}"#)
            let range = try await session.get("/rest/V1/orders?searchCriteria[filterGroups][0][filters][0][field]=created_at&searchCriteria[filterGroups][0][filters][0][value]=2026-09-21 00:00:00&searchCriteria[filterGroups][0][filters][0][conditionType]=gteq&searchCriteria[sortOrders][0][field]=entity_id&searchCriteria[sortOrders][0][direction]=DESC&fields=items[increment_id],total_count", token: token)
            #expect(range.text == #"{"items":[{"increment_id":"000000002"},{"increment_id":"000000001"}],"total_count":2}"#)
            let ids = try await session.get("/rest/V1/orders?searchCriteria[filterGroups][0][filters][0][field]=entity_id&searchCriteria[filterGroups][0][filters][0][value]=1,3&searchCriteria[filterGroups][0][filters][0][conditionType]=in&fields=items[entity_id]", token: token)
            #expect(ids.text == #"{"items":[{"entity_id":1}]}"#)
            let bad = try await session.get("/rest/V1/orders?searchCriteria[filterGroups][0][filters][0][field]=document&searchCriteria[filterGroups][0][filters][0][value]=x", token: token)
            #expect(bad.status == .badRequest)
            let items = try await session.get("/rest/V1/orders/items?searchCriteria[filterGroups][0][filters][0][field]=order_id&searchCriteria[filterGroups][0][filters][0][value]=2&fields=items[item_id,order_id,qty_ordered],total_count", token: token)
            #expect(items.text == #"{"items":[{"item_id":2,"order_id":2,"qty_ordered":1}],"total_count":1}"#)
            let item = try await session.get("/rest/V1/orders/items/1?fields=item_id,sku", token: token)
            #expect(item.text == #"{"item_id":1,"sku":"SALE-1"}"#)
        }
    }

    @Test("unknown orders and rows are 404 with Magento's message; bad bodies are 400")
    func errors() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let notFound = #"{"message":"The entity that was requested doesn't exist. Verify the entity and try again."}"#
            for uri in ["/rest/V1/orders/9", "/rest/V1/orders/items/9", "/rest/V1/orders/9/statuses", "/rest/V1/invoices/9", "/rest/V1/shipment/9", "/rest/V1/creditmemo/9"] {
                let reply = try await session.get(uri, token: token)
                #expect(reply.status == .notFound, "\(uri)")
                #expect(reply.text == notFound, "\(uri)")
            }
            for uri in ["/rest/V1/orders/9/cancel", "/rest/V1/orders/9/hold", "/rest/V1/orders/9/unhold", "/rest/V1/orders/9/emails", "/rest/V1/order/9/invoice", "/rest/V1/order/9/ship", "/rest/V1/order/9/refund", "/rest/V1/invoice/9/refund"] {
                let reply = try await session.send(.post, uri, token: token, body: "{}")
                #expect(reply.status == .notFound, "\(uri)")
                #expect(reply.text == notFound, "\(uri)")
            }
            let noItems = try await session.send(.post, "/rest/V1/orders", token: token, body: #"{"entity":{"customer_email":"a@example.com"}}"#)
            #expect(noItems.status == .badRequest)
            #expect(noItems.text == #"{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"items"}}"#)
            let noEmail = try await session.send(.post, "/rest/V1/orders", token: token, body: #"{"entity":{"items":[{"sku":"X","qty_ordered":1}]}}"#)
            #expect(noEmail.text == #"{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"customer_email"}}"#)
            let anonymous = try await session.get("/rest/V1/orders/1")
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Sales::actions_view"}}"#)
        }
    }

    @Test("a raw save with entity_id changes the status; address, comments, statuses and emails")
    func saveCommentsAddress() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: token)
            _ = try await session.placeOrder(token: token)
            let saved = try await session.send(.post, "/rest/V1/orders", token: token, body: #"{"entity":{"entity_id":1,"status":"fraud"}}"#)
            #expect(saved.status == .ok)
            let status = try await session.get("/rest/V1/orders/1/statuses", token: token)
            #expect(status.text == #""fraud""#)
            let comment = try await session.send(.post, "/rest/V1/orders/1/comments", token: token, body: #"{"statusHistory":{"comment":"Called the customer","is_customer_notified":0,"is_visible_on_front":0,"parent_id":1,"status":"pending"}}"#)
            #expect(comment.text == "true")
            let comments = try await session.get("/rest/V1/orders/1/comments", token: token)
            #expect(comments.text == #"{"items":[{"entity_id":1,"parent_id":1,"comment":"Called the customer","status":"pending","is_customer_notified":0,"is_visible_on_front":0,"created_at":"2026-09-21 14:13:20","entity_name":"order"}],"search_criteria":{"filter_groups":[]},"total_count":1}"#)
            #expect(try await session.get("/rest/V1/orders/1/statuses", token: token).text == #""pending""#)
            let address = try await session.send(.put, "/rest/V1/orders/1", token: token, body: #"{"entity":{"entity_id":2,"parent_id":1,"firstname":"Augusta","lastname":"King","street":["2 Difference St"],"city":"Leeds","postcode":"LS1","country_id":"GB","telephone":"1"}}"#)
            #expect(address.text == #"{"entity_id":2,"parent_id":1,"address_type":"shipping","firstname":"Augusta","lastname":"King","street":["2 Difference St"],"city":"Leeds","postcode":"LS1","country_id":"GB","telephone":"1"}"#)
            let shipTo = try await session.get("/rest/V1/orders/1?fields=extension_attributes[shipping_assignments[shipping[address[firstname,city]]]]", token: token)
            #expect(shipTo.text == #"{"extension_attributes":{"shipping_assignments":[{"shipping":{"address":{"firstname":"Augusta","city":"Leeds"}}}]}}"#)
            let emails = try await session.send(.post, "/rest/V1/orders/1/emails", token: token)
            #expect(emails.text == "true")
        }
    }

    @Test("hold and unhold answer true, and Magento's 400 when not allowed; cancel answers false when not possible")
    func actions() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: token)
            _ = try await session.placeOrder(token: token)
            #expect(try await session.send(.post, "/rest/V1/orders/1/unhold", token: token).text == #"{"message":"You cannot remove the hold."}"#)
            #expect(try await session.send(.post, "/rest/V1/orders/1/hold", token: token).text == "true")
            let again = try await session.send(.post, "/rest/V1/orders/1/hold", token: token)
            #expect(again.status == .badRequest)
            #expect(again.text == #"{"message":"A hold action is not available."}"#)
            #expect(try await session.send(.post, "/rest/V1/orders/1/cancel", token: token).text == "false")
            #expect(try await session.get("/rest/V1/orders/1?fields=state,status,hold_before_state,hold_before_status", token: token).text == #"{"state":"holded","status":"holded","hold_before_state":"new","hold_before_status":"pending"}"#)
            #expect(try await session.send(.post, "/rest/V1/orders/1/unhold", token: token).text == "true")
            #expect(try await session.get("/rest/V1/orders/1?fields=state,status", token: token).text == #"{"state":"new","status":"pending"}"#)
            #expect(try await session.send(.post, "/rest/V1/orders/1/cancel", token: token).text == "true")
            #expect(try await session.send(.post, "/rest/V1/orders/1/cancel", token: token).text == "false")
            #expect(try await session.get("/rest/V1/orders/1?fields=state,status,total_canceled", token: token).text == #"{"state":"canceled","status":"canceled","total_canceled":25}"#)
        }
    }
}
