import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

/// Whole flows over HTTP with the stock checked after every step: legacy quantity and MSI
/// salable quantity move at placement, cancel and returned refunds, and never at invoice or ship.
@Suite("Sales scenarios")
struct SalesScenarioTests {
    func expectStock(_ session: TestSession, _ qty: Int, token: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let stock = try await session.stock("SALE-1", token: token)
        #expect(stock.qty == #"{"qty":\#(qty)}"#, sourceLocation: sourceLocation)
        #expect(stock.salable == "\(qty)", sourceLocation: sourceLocation)
    }

    func state(_ session: TestSession, token: String) async throws -> String {
        try await session.get("/rest/V1/orders/1?fields=state,status,items[qty_invoiced,qty_shipped,qty_refunded,qty_canceled]", token: token).text
    }

    @Test("order, partial invoice, partial ship, full ship, refund: closed, with stock returned only when asked")
    func fullFlow() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", qty: 10, token: token)
            try await expectStock(session, 10, token: token)
            _ = try await session.placeOrder(qty: 3, token: token)
            try await expectStock(session, 7, token: token)
            #expect(try await session.send(.post, "/rest/V1/order/1/invoice", token: token, body: #"{"items":[{"order_item_id":1,"qty":1}]}"#).text == #""1""#)
            #expect(try await state(session, token: token) == #"{"state":"processing","status":"processing","items":[{"qty_invoiced":1,"qty_shipped":0,"qty_refunded":0,"qty_canceled":0}]}"#)
            try await expectStock(session, 7, token: token)
            #expect(try await session.send(.post, "/rest/V1/order/1/ship", token: token, body: #"{"items":[{"order_item_id":1,"qty":1}]}"#).text == #""1""#)
            #expect(try await state(session, token: token) == #"{"state":"processing","status":"processing","items":[{"qty_invoiced":1,"qty_shipped":1,"qty_refunded":0,"qty_canceled":0}]}"#)
            try await expectStock(session, 7, token: token)
            #expect(try await session.send(.post, "/rest/V1/order/1/ship", token: token, body: "{}").text == #""2""#)
            #expect(try await state(session, token: token) == #"{"state":"processing","status":"processing","items":[{"qty_invoiced":1,"qty_shipped":3,"qty_refunded":0,"qty_canceled":0}]}"#)
            #expect(try await session.send(.post, "/rest/V1/order/1/invoice", token: token, body: "{}").text == #""2""#)
            #expect(try await state(session, token: token) == #"{"state":"complete","status":"complete","items":[{"qty_invoiced":3,"qty_shipped":3,"qty_refunded":0,"qty_canceled":0}]}"#)
            try await expectStock(session, 7, token: token)
            let partial = try await session.send(.post, "/rest/V1/order/1/refund", token: token, body: #"{"items":[{"order_item_id":1,"qty":1}],"arguments":{"shipping_amount":0,"extension_attributes":{"return_to_stock_items":[1]}}}"#)
            #expect(partial.text == #""1""#)
            #expect(try await state(session, token: token) == #"{"state":"complete","status":"complete","items":[{"qty_invoiced":3,"qty_shipped":3,"qty_refunded":1,"qty_canceled":0}]}"#)
            try await expectStock(session, 8, token: token)
            #expect(try await session.send(.post, "/rest/V1/order/1/refund", token: token, body: "{}").text == #""2""#)
            #expect(try await state(session, token: token) == #"{"state":"closed","status":"closed","items":[{"qty_invoiced":3,"qty_shipped":3,"qty_refunded":3,"qty_canceled":0}]}"#)
            try await expectStock(session, 8, token: token)
            let totals = try await session.get("/rest/V1/orders/1?fields=total_paid,total_refunded,total_due", token: token)
            #expect(totals.text == #"{"total_paid":35,"total_due":0,"total_refunded":35}"#)
        }
    }

    @Test("cancel after a partial invoice returns the rest to stock and keeps the order processing")
    func cancelFlow() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", qty: 10, token: token)
            _ = try await session.placeOrder(qty: 3, token: token)
            try await expectStock(session, 7, token: token)
            _ = try await session.send(.post, "/rest/V1/order/1/invoice", token: token, body: #"{"items":[{"order_item_id":1,"qty":1}]}"#)
            #expect(try await session.send(.post, "/rest/V1/orders/1/cancel", token: token).text == "true")
            #expect(try await state(session, token: token) == #"{"state":"processing","status":"processing","items":[{"qty_invoiced":1,"qty_shipped":0,"qty_refunded":0,"qty_canceled":2}]}"#)
            try await expectStock(session, 9, token: token)
            #expect(try await session.send(.post, "/rest/V1/orders/1/cancel", token: token).text == "false")
            try await expectStock(session, 9, token: token)
        }
    }

    @Test("a new order canceled outright gives all its stock back; an out-of-stock product comes back in stock")
    func cancelNew() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", qty: 2, token: token)
            _ = try await session.placeOrder(qty: 2, token: token)
            try await expectStock(session, 0, token: token)
            #expect(try await session.get("/rest/V1/stockItems/SALE-1?fields=is_in_stock", token: token).text == #"{"is_in_stock":false}"#)
            let short = try await session.placeOrder(qty: 1, token: token)
            #expect(short.status == .badRequest)
            #expect(short.text == #"{"message":"Not all of your products are available in the requested quantity."}"#)
            #expect(try await session.send(.post, "/rest/V1/orders/1/cancel", token: token).text == "true")
            try await expectStock(session, 2, token: token)
            #expect(try await session.get("/rest/V1/stockItems/SALE-1?fields=is_in_stock", token: token).text == #"{"is_in_stock":true}"#)
            #expect(try await session.get("/rest/V1/orders?searchCriteria=&fields=total_count", token: token).text == #"{"total_count":1}"#)
        }
    }

    @Test("every illegal transition over HTTP is refused and changes nothing: order, rows, documents, stock")
    func illegalTransitions() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", qty: 10, token: token)
            _ = try await session.placeOrder(qty: 3, token: token)
            _ = try await session.send(.post, "/rest/V1/order/1/invoice", token: token, body: #"{"items":[{"order_item_id":1,"qty":1}]}"#)
            #expect(try await session.send(.post, "/rest/V1/orders/1/hold", token: token).text == "true")
            let before = try await session.get("/rest/V1/orders/1", token: token).text
            let attempts: [(String, String, String)] = [
                ("/rest/V1/order/1/invoice", "{}", #"{"message":"Invoice Document Validation Error(s):\nAn invoice cannot be created when an order has a status of holded"}"#),
                ("/rest/V1/order/1/ship", "{}", #"{"message":"Shipment Document Validation Error(s):\nA shipment cannot be created when an order has a status of holded"}"#),
                ("/rest/V1/order/1/refund", #"{"items":[{"order_item_id":1,"qty":1}]}"#, #"{"message":"Creditmemo Document Validation Error(s):\nA creditmemo can not be created when an order has a status of holded"}"#),
                ("/rest/V1/invoice/1/refund", #"{"items":[{"order_item_id":1,"qty":1}]}"#, #"{"message":"Creditmemo Document Validation Error(s):\nA creditmemo can not be created when an order has a status of holded"}"#),
                ("/rest/V1/orders/1/hold", "{}", #"{"message":"A hold action is not available."}"#),
                ("/rest/V1/orders/1/cancel", "{}", "false"),
            ]
            for (uri, body, expected) in attempts {
                let reply = try await session.send(.post, uri, token: token, body: body)
                #expect(reply.text == expected, "\(uri)")
                #expect(reply.status == (expected == "false" ? .ok : .badRequest), "\(uri)")
            }
            #expect(try await session.get("/rest/V1/orders/1", token: token).text == before)
            #expect(try await session.get("/rest/V1/shipments?searchCriteria=&fields=total_count", token: token).text == #"{"total_count":0}"#)
            #expect(try await session.get("/rest/V1/creditmemos?searchCriteria=&fields=total_count", token: token).text == #"{"total_count":0}"#)
            #expect(try await session.get("/rest/V1/invoices?searchCriteria=&fields=total_count", token: token).text == #"{"total_count":1}"#)
            try await expectStock(session, 7, token: token)
            #expect(try await session.send(.post, "/rest/V1/orders/1/unhold", token: token).text == "true")
            #expect(try await session.send(.post, "/rest/V1/orders/1/unhold", token: token).text == #"{"message":"You cannot remove the hold."}"#)
        }
    }
}
