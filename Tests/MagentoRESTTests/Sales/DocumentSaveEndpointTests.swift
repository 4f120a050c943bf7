import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import Testing

/// The raw document saves, which Magpie runs through the invoice, ship and refund transitions,
/// and the payment actions that offline payments refuse.
@Suite("Raw invoice, shipment and credit memo saves")
struct DocumentSaveEndpointTests {
    static let item = #"{"entity_id":1,"parent_id":1,"order_item_id":1,"product_id":1,"sku":"SALE-1","name":"Item SALE-1","qty":1,"price":10,"base_price":10,"row_total":10,"base_row_total":10,"tax_amount":0,"base_tax_amount":0,"discount_amount":0,"base_discount_amount":0}"#

    func eventTypes(_ session: TestSession, _ types: String, token: String) async throws -> [String] {
        let events = try await session.get("/rest/V1/events?types=\(types)", token: token)
        return events.json?["items"]?.arrayValue?.compactMap { $0["event_type"]?.stringValue } ?? []
    }

    @Test("POST /V1/invoices invoices the order and answers the stored invoice")
    func invoiceSave() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: token)
            _ = try await session.placeOrder(token: token)
            let saved = try await session.send(.post, "/rest/V1/invoices/", token: token, body: #"{"entity":{"order_id":1,"items":[{"order_item_id":1,"qty":1}],"comments":[{"comment":"Raw save","is_customer_notified":0,"is_visible_on_front":1}]}}"#)
            #expect(saved.status == .ok)
            #expect(saved.text == #"{"entity_id":1,"order_id":1,"increment_id":"000000001","store_id":1,"state":2,"base_currency_code":"USD","order_currency_code":"USD","subtotal":10,"base_subtotal":10,"shipping_amount":5,"base_shipping_amount":5,"tax_amount":0,"base_tax_amount":0,"discount_amount":0,"base_discount_amount":0,"grand_total":15,"base_grand_total":15,"total_qty":1,"can_void_flag":0,"email_sent":0,"billing_address_id":1,"shipping_address_id":2,"created_at":"2026-09-21 14:13:20","updated_at":"2026-09-21 14:13:20","items":[\#(Self.item)],"comments":[{"entity_id":1,"comment":"Raw save","is_customer_notified":0,"is_visible_on_front":1,"created_at":"2026-09-21 14:13:20"}]}"#)
            #expect(try await session.get("/rest/V1/invoices/1", token: token).text == saved.text)
            let order = try await session.get("/rest/V1/orders/1?fields=state,status,total_paid,items[qty_invoiced]", token: token)
            #expect(order.text == #"{"state":"processing","status":"processing","total_paid":15,"items":[{"qty_invoiced":1}]}"#)
            #expect(try await eventTypes(session, "invoice.created", token: token) == ["invoice.created"])
        }
    }

    @Test("a raw invoice save is refused with Magento's messages and writes nothing")
    func invoiceSaveErrors() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: token)
            _ = try await session.placeOrder(token: token)
            let cases: [(body: String, status: HTTPResponse.Status, text: String)] = [
                (#"{"entity":{"entity_id":1,"order_id":1}}"#, .badRequest, #"{"message":"We cannot register an existing invoice"}"#),
                (#"{"entity":{"items":[]}}"#, .badRequest, #"{"message":"Invoice Document Validation Error(s):\nOrder Id is required for invoice document"}"#),
                (#"{"entity":{"order_id":9}}"#, .notFound, #"{"message":"The entity that was requested doesn't exist. Verify the entity and try again."}"#),
                (#"{"entity":{"order_id":1,"items":[{"order_item_id":1,"qty":3}]}}"#, .badRequest, #"{"message":"Invoice Document Validation Error(s):\nThe quantity to invoice must not be greater than the uninvoiced quantity for product SKU \"SALE-1\"."}"#),
                ("{}", .badRequest, #"{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"entity"}}"#),
            ]
            for (body, status, text) in cases {
                let reply = try await session.send(.post, "/rest/V1/invoices", token: token, body: body)
                #expect(reply.status == status, "\(body)")
                #expect(reply.text == text, "\(body)")
            }
            #expect(try await session.get("/rest/V1/invoices?searchCriteria=&fields=total_count", token: token).text == #"{"total_count":0}"#)
            #expect(try await session.get("/rest/V1/orders/1?fields=state,total_paid", token: token).text == #"{"state":"new"}"#)
        }
    }

    @Test("POST /V1/shipment ships the order with its tracks and answers the stored shipment")
    func shipmentSave() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: token)
            _ = try await session.placeOrder(token: token)
            let saved = try await session.send(.post, "/rest/V1/shipment/", token: token, body: #"{"entity":{"order_id":1,"items":[{"order_item_id":1,"qty":1}],"tracks":[{"track_number":"1Z999","title":"United Parcel Service","carrier_code":"ups"}]}}"#)
            #expect(saved.status == .ok)
            #expect(saved.text == #"{"entity_id":1,"order_id":1,"increment_id":"000000001","store_id":1,"total_qty":1,"email_sent":0,"shipping_address_id":2,"billing_address_id":1,"packages":[],"created_at":"2026-09-21 14:13:20","updated_at":"2026-09-21 14:13:20","items":[{"entity_id":1,"parent_id":1,"order_item_id":1,"product_id":1,"sku":"SALE-1","name":"Item SALE-1","qty":1,"price":10}],"tracks":[{"entity_id":1,"parent_id":1,"order_id":1,"track_number":"1Z999","title":"United Parcel Service","carrier_code":"ups","created_at":"2026-09-21 14:13:20","updated_at":"2026-09-21 14:13:20"}],"comments":[]}"#)
            #expect(try await session.get("/rest/V1/orders/1?fields=state,items[qty_shipped]", token: token).text == #"{"state":"processing","items":[{"qty_shipped":1}]}"#)
            #expect(try await eventTypes(session, "shipment.created", token: token) == ["shipment.created"])
            let existing = try await session.send(.post, "/rest/V1/shipment", token: token, body: #"{"entity":{"entity_id":1,"order_id":1}}"#)
            #expect(existing.status == .badRequest)
            #expect(existing.text == #"{"message":"We cannot register an existing shipment"}"#)
            let noOrder = try await session.send(.post, "/rest/V1/shipment", token: token, body: #"{"entity":{"items":[{"order_item_id":1,"qty":1}]}}"#)
            #expect(noOrder.text == #"{"message":"Shipment Document Validation Error(s):\nOrder Id is required for shipment document"}"#)
            let noNumber = try await session.send(.post, "/rest/V1/shipment", token: token, body: #"{"entity":{"order_id":1,"tracks":[{"title":"UPS","carrier_code":"ups"}]}}"#)
            #expect(noNumber.status == .badRequest)
            #expect(noNumber.text == #"{"message":"Shipment Document Validation Error(s):\nPlease enter a tracking number."}"#)
            #expect(try await session.get("/rest/V1/shipments?searchCriteria=&fields=total_count", token: token).text == #"{"total_count":1}"#)
        }
    }

    @Test("POST /V1/creditmemo and /V1/creditmemo/refund refund through the order or the invoice; no stock returns")
    func creditmemoSave() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", qty: 10, token: token)
            _ = try await session.placeOrder(token: token)
            _ = try await session.send(.post, "/rest/V1/order/1/invoice", token: token, body: "{}")
            let saved = try await session.send(.post, "/rest/V1/creditmemo", token: token, body: #"{"entity":{"order_id":1,"items":[{"order_item_id":1,"qty":1}],"shipping_amount":0,"adjustment_negative":1,"comments":[{"comment":"Scratched"}]}}"#)
            #expect(saved.status == .ok)
            #expect(saved.text == #"{"entity_id":1,"order_id":1,"increment_id":"000000001","store_id":1,"state":2,"base_currency_code":"USD","order_currency_code":"USD","adjustment":-1,"base_adjustment":-1,"adjustment_positive":0,"base_adjustment_positive":0,"adjustment_negative":1,"base_adjustment_negative":1,"subtotal":10,"base_subtotal":10,"shipping_amount":0,"base_shipping_amount":0,"tax_amount":0,"base_tax_amount":0,"discount_amount":0,"base_discount_amount":0,"grand_total":9,"base_grand_total":9,"email_sent":0,"created_at":"2026-09-21 14:13:20","updated_at":"2026-09-21 14:13:20","items":[\#(Self.item)],"comments":[{"entity_id":1,"comment":"Scratched","is_customer_notified":0,"is_visible_on_front":0,"created_at":"2026-09-21 14:13:20"}]}"#)
            #expect(try await session.stock("SALE-1", token: token).qty == #"{"qty":8}"#)
            let mismatched = try await session.send(.post, "/rest/V1/creditmemo/refund", token: token, body: #"{"creditmemo":{"order_id":2,"invoice_id":1}}"#)
            #expect(mismatched.status == .badRequest)
            #expect(mismatched.text == #"{"message":"Creditmemo Document Validation Error(s):\nWe can't create creditmemo for the invoice."}"#)
            let unknownInvoice = try await session.send(.post, "/rest/V1/creditmemo/refund", token: token, body: #"{"creditmemo":{"invoice_id":9}}"#)
            #expect(unknownInvoice.status == .notFound)
            let rest = try await session.send(.post, "/rest/V1/creditmemo/refund", token: token, body: #"{"creditmemo":{"order_id":1,"invoice_id":1},"offlineRequested":true}"#)
            #expect(rest.status == .ok)
            #expect(rest.json?["entity_id"] == .number("2"))
            #expect(rest.json?["invoice_id"] == .number("1"))
            #expect(rest.json?["grand_total"] == .number("15"))
            // The 1.00 held back by the first memo is still refundable, so the order is not closed yet.
            #expect(try await session.get("/rest/V1/orders/1?fields=state,total_refunded,items[qty_refunded]", token: token).text == #"{"state":"complete","total_refunded":24,"items":[{"qty_refunded":2}]}"#)
            #expect(try await session.stock("SALE-1", token: token).qty == #"{"qty":8}"#)
            let adjustment = try await session.send(.post, "/rest/V1/creditmemo", token: token, body: #"{"entity":{"order_id":1,"adjustment_positive":1}}"#)
            #expect(adjustment.json?["grand_total"] == .number("1"))
            #expect(try await session.get("/rest/V1/orders/1?fields=state,total_refunded", token: token).text == #"{"state":"closed","total_refunded":25}"#)
            #expect(try await eventTypes(session, "creditmemo.created", token: token) == ["creditmemo.created", "creditmemo.created", "creditmemo.created"])
            let existing = try await session.send(.post, "/rest/V1/creditmemo/refund", token: token, body: #"{"creditmemo":{"entity_id":1,"order_id":1}}"#)
            #expect(existing.text == #"{"message":"We cannot register an existing credit memo."}"#)
            let noOrder = try await session.send(.post, "/rest/V1/creditmemo", token: token, body: #"{"entity":{"adjustment_positive":1}}"#)
            #expect(noOrder.text == #"{"message":"Creditmemo Document Validation Error(s):\nOrder Id is required for creditmemo document"}"#)
            let closed = try await session.send(.post, "/rest/V1/creditmemo", token: token, body: #"{"entity":{"order_id":1,"adjustment_positive":1}}"#)
            #expect(closed.status == .badRequest)
            #expect(closed.text == #"{"message":"Creditmemo Document Validation Error(s):\nA creditmemo can not be created when an order has a status of closed\nThe most money available to refund is $0.00."}"#)
            let badFlag = try await session.send(.post, "/rest/V1/creditmemo/refund", token: token, body: #"{"creditmemo":{"order_id":1},"offlineRequested":"maybe"}"#)
            #expect(badFlag.status == .badRequest)
            #expect(try await session.get("/rest/V1/creditmemos?searchCriteria=&fields=total_count", token: token).text == #"{"total_count":3}"#)
        }
    }

    @Test("credit memo cancel, invoice capture and void are refused with Magento's 400s and change nothing")
    func refusedActions() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: token)
            _ = try await session.placeOrder(token: token)
            _ = try await session.send(.post, "/rest/V1/order/1/invoice", token: token, body: "{}")
            _ = try await session.send(.post, "/rest/V1/order/1/refund", token: token, body: #"{"items":[{"order_item_id":1,"qty":1}]}"#)
            let invoice = try await session.get("/rest/V1/invoices/1", token: token).text
            let memo = try await session.get("/rest/V1/creditmemo/1", token: token).text
            let order = try await session.get("/rest/V1/orders/1", token: token).text
            for id in [1, 9] {
                let cancel = try await session.send(.put, "/rest/V1/creditmemo/\(id)", token: token, body: "{}")
                #expect(cancel.status == .badRequest)
                #expect(cancel.text == #"{"message":"You can not cancel Credit Memo"}"#)
            }
            let capture = try await session.send(.post, "/rest/V1/invoices/1/capture", token: token)
            #expect(capture.status == .badRequest)
            #expect(capture.text == #"{"message":"The capture action is not available."}"#)
            let void = try await session.send(.post, "/rest/V1/invoices/1/void", token: token)
            #expect(void.status == .badRequest)
            #expect(void.text == #"{"message":"The void action is not available."}"#)
            for uri in ["/rest/V1/invoices/9/capture", "/rest/V1/invoices/9/void"] {
                let reply = try await session.send(.post, uri, token: token)
                #expect(reply.status == .notFound, "\(uri)")
                #expect(reply.text == #"{"message":"The entity that was requested doesn't exist. Verify the entity and try again."}"#, "\(uri)")
            }
            #expect(try await session.get("/rest/V1/invoices/1", token: token).text == invoice)
            #expect(try await session.get("/rest/V1/creditmemo/1", token: token).text == memo)
            #expect(try await session.get("/rest/V1/orders/1", token: token).text == order)
        }
    }

    @Test("the new routes need their sales ACL resources")
    func access() async throws {
        try await TestApp.make().run { session in
            let routes: [(HTTPRequest.Method, String, String)] = [
                (.post, "/rest/V1/invoices", "Magento_Sales::sales_invoice"),
                (.post, "/rest/V1/invoices/1/capture", "Magento_Sales::sales_invoice"),
                (.post, "/rest/V1/invoices/1/void", "Magento_Sales::sales_invoice"),
                (.post, "/rest/V1/shipment", "Magento_Sales::shipment"),
                (.post, "/rest/V1/creditmemo", "Magento_Sales::sales_creditmemo"),
                (.post, "/rest/V1/creditmemo/refund", "Magento_Sales::sales_creditmemo"),
                (.put, "/rest/V1/creditmemo/1", "Magento_Sales::sales_creditmemo"),
            ]
            for (method, uri, resource) in routes {
                let reply = try await session.send(method, uri, body: "{}")
                #expect(reply.status == .unauthorized, "\(uri)")
                #expect(reply.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"\#(resource)"}}"#, "\(uri)")
            }
        }
    }
}
