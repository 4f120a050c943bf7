import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

@Suite("Invoice, shipment and credit memo endpoints")
struct DocumentEndpointTests {
    @Test("invoice answers the new id; the invoice, its comments and the list read back")
    func invoice() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: token)
            _ = try await session.placeOrder(token: token)
            let created = try await session.send(.post, "/rest/V1/order/1/invoice", token: token, body: #"{"capture":true,"items":[{"order_item_id":1,"qty":1}],"notify":false,"comment":{"comment":"Paid by cheque","is_visible_on_front":0}}"#)
            #expect(created.status == .ok)
            #expect(created.text == #""1""#)
            let invoice = try await session.get("/rest/V1/invoices/1", token: token)
            #expect(invoice.text == #"{"entity_id":1,"order_id":1,"increment_id":"000000001","store_id":1,"state":2,"base_currency_code":"USD","order_currency_code":"USD","subtotal":10,"base_subtotal":10,"shipping_amount":5,"base_shipping_amount":5,"tax_amount":0,"base_tax_amount":0,"discount_amount":0,"base_discount_amount":0,"grand_total":15,"base_grand_total":15,"total_qty":1,"can_void_flag":0,"email_sent":0,"billing_address_id":1,"shipping_address_id":2,"created_at":"2026-09-21 14:13:20","updated_at":"2026-09-21 14:13:20","items":[{"entity_id":1,"parent_id":1,"order_item_id":1,"product_id":1,"sku":"SALE-1","name":"Item SALE-1","qty":1,"price":10,"base_price":10,"row_total":10,"base_row_total":10,"tax_amount":0,"base_tax_amount":0,"discount_amount":0,"base_discount_amount":0}],"comments":[{"entity_id":1,"comment":"Paid by cheque","is_customer_notified":0,"is_visible_on_front":0,"created_at":"2026-09-21 14:13:20"}]}"#)
            let comments = try await session.get("/rest/V1/invoices/1/comments?fields=items[comment],total_count", token: token)
            #expect(comments.text == #"{"items":[{"comment":"Paid by cheque"}],"total_count":1}"#)
            let list = try await session.get("/rest/V1/invoices?searchCriteria[filterGroups][0][filters][0][field]=order_id&searchCriteria[filterGroups][0][filters][0][value]=1&fields=items[entity_id,increment_id,grand_total],total_count", token: token)
            #expect(list.text == #"{"items":[{"entity_id":1,"increment_id":"000000001","grand_total":15}],"total_count":1}"#)
            let order = try await session.get("/rest/V1/orders/1?fields=state,status,total_paid,total_invoiced,total_due,items[qty_invoiced],payment[amount_paid]", token: token)
            #expect(order.text == #"{"state":"processing","status":"processing","total_paid":15,"total_due":10,"total_invoiced":15,"items":[{"qty_invoiced":1}],"payment":{"amount_paid":15}}"#)
        }
    }

    @Test("invoice validation errors come back as one 400 listing every problem")
    func invoiceErrors() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: token)
            _ = try await session.placeOrder(token: token)
            let tooMany = try await session.send(.post, "/rest/V1/order/1/invoice", token: token, body: #"{"items":[{"order_item_id":1,"qty":3}]}"#)
            #expect(tooMany.status == .badRequest)
            #expect(tooMany.text == #"{"message":"Invoice Document Validation Error(s):\nThe quantity to invoice must not be greater than the uninvoiced quantity for product SKU \"SALE-1\"."}"#)
            let unknown = try await session.send(.post, "/rest/V1/order/1/invoice", token: token, body: #"{"items":[{"order_item_id":7,"qty":1}]}"#)
            #expect(unknown.text == #"{"message":"Invoice Document Validation Error(s):\nThe invoice contains one or more items that are not part of the original order."}"#)
            _ = try await session.send(.post, "/rest/V1/order/1/invoice", token: token, body: "{}")
            let again = try await session.send(.post, "/rest/V1/order/1/invoice", token: token, body: "{}")
            #expect(again.text == #"{"message":"Invoice Document Validation Error(s):\nThe invoice can't be created without products. Add products and try again.\nThe order does not allow an invoice to be created."}"#)
        }
    }

    @Test("ship answers the new id with its tracks; the shipment and list read back")
    func ship() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: token)
            _ = try await session.placeOrder(token: token)
            let created = try await session.send(.post, "/rest/V1/order/1/ship", token: token, body: #"{"items":[{"order_item_id":1,"qty":1}],"tracks":[{"track_number":"1Z999","title":"United Parcel Service","carrier_code":"ups"}],"comment":{"comment":"Left at the door"}}"#)
            #expect(created.text == #""1""#)
            let shipment = try await session.get("/rest/V1/shipment/1", token: token)
            #expect(shipment.text == #"{"entity_id":1,"order_id":1,"increment_id":"000000001","store_id":1,"total_qty":1,"email_sent":0,"shipping_address_id":2,"billing_address_id":1,"packages":[],"created_at":"2026-09-21 14:13:20","updated_at":"2026-09-21 14:13:20","items":[{"entity_id":1,"parent_id":1,"order_item_id":1,"product_id":1,"sku":"SALE-1","name":"Item SALE-1","qty":1,"price":10}],"tracks":[{"entity_id":1,"parent_id":1,"order_id":1,"track_number":"1Z999","title":"United Parcel Service","carrier_code":"ups","created_at":"2026-09-21 14:13:20","updated_at":"2026-09-21 14:13:20"}],"comments":[{"entity_id":1,"comment":"Left at the door","is_customer_notified":0,"is_visible_on_front":0,"created_at":"2026-09-21 14:13:20"}]}"#)
            let list = try await session.get("/rest/V1/shipments?searchCriteria[pageSize]=10&fields=items[entity_id,tracks[track_number]],total_count", token: token)
            #expect(list.text == #"{"items":[{"entity_id":1,"tracks":[{"track_number":"1Z999"}]}],"total_count":1}"#)
            let comments = try await session.get("/rest/V1/shipment/1/comments?fields=items[comment]", token: token)
            #expect(comments.text == #"{"items":[{"comment":"Left at the door"}]}"#)
            let noNumber = try await session.send(.post, "/rest/V1/order/1/ship", token: token, body: #"{"tracks":[{"title":"UPS","carrier_code":"ups"}]}"#)
            #expect(noNumber.text == #"{"message":"Shipment Document Validation Error(s):\nPlease enter a tracking number."}"#)
            let tooMany = try await session.send(.post, "/rest/V1/order/1/ship", token: token, body: #"{"items":[{"order_item_id":1,"qty":2}]}"#)
            #expect(tooMany.text == #"{"message":"Shipment Document Validation Error(s):\nThe quantity to ship must not be greater than the unshipped quantity for product SKU \"SALE-1\"."}"#)
        }
    }

    @Test("refund by order and by invoice answer the new id; credit memos read back")
    func refund() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: token)
            _ = try await session.placeOrder(token: token)
            let nothingPaid = try await session.send(.post, "/rest/V1/order/1/refund", token: token, body: "{}")
            #expect(nothingPaid.text == #"{"message":"Creditmemo Document Validation Error(s):\nThe order does not allow a creditmemo to be created.\nYou can't create a creditmemo without products.\nThe credit memo's total must be positive."}"#)
            _ = try await session.send(.post, "/rest/V1/order/1/invoice", token: token, body: "{}")
            let byOrder = try await session.send(.post, "/rest/V1/order/1/refund", token: token, body: #"{"items":[{"order_item_id":1,"qty":1}],"arguments":{"shipping_amount":0,"adjustment_positive":1,"adjustment_negative":1,"extension_attributes":{"return_to_stock_items":[1]}},"comment":{"comment":"Damaged"}}"#)
            #expect(byOrder.text == #""1""#)
            let memo = try await session.get("/rest/V1/creditmemo/1", token: token)
            #expect(memo.text == #"{"entity_id":1,"order_id":1,"increment_id":"000000001","store_id":1,"state":2,"base_currency_code":"USD","order_currency_code":"USD","adjustment":0,"base_adjustment":0,"adjustment_positive":1,"base_adjustment_positive":1,"adjustment_negative":1,"base_adjustment_negative":1,"subtotal":10,"base_subtotal":10,"shipping_amount":0,"base_shipping_amount":0,"tax_amount":0,"base_tax_amount":0,"discount_amount":0,"base_discount_amount":0,"grand_total":10,"base_grand_total":10,"email_sent":0,"created_at":"2026-09-21 14:13:20","updated_at":"2026-09-21 14:13:20","items":[{"entity_id":1,"parent_id":1,"order_item_id":1,"product_id":1,"sku":"SALE-1","name":"Item SALE-1","qty":1,"price":10,"base_price":10,"row_total":10,"base_row_total":10,"tax_amount":0,"base_tax_amount":0,"discount_amount":0,"base_discount_amount":0}],"comments":[{"entity_id":1,"comment":"Damaged","is_customer_notified":0,"is_visible_on_front":0,"created_at":"2026-09-21 14:13:20"}]}"#)
            let byInvoice = try await session.send(.post, "/rest/V1/invoice/1/refund", token: token, body: #"{"isOnline":false}"#)
            #expect(byInvoice.text == #""2""#)
            let list = try await session.get("/rest/V1/creditmemos?searchCriteria[filterGroups][0][filters][0][field]=invoice_id&searchCriteria[filterGroups][0][filters][0][value]=1&fields=items[entity_id,invoice_id,grand_total],total_count", token: token)
            #expect(list.text == #"{"items":[{"entity_id":2,"invoice_id":1,"grand_total":15}],"total_count":1}"#)
            let comments = try await session.get("/rest/V1/creditmemo/1/comments?fields=items[comment]", token: token)
            #expect(comments.text == #"{"items":[{"comment":"Damaged"}]}"#)
            let tooMuch = try await session.send(.post, "/rest/V1/order/1/refund", token: token, body: #"{"arguments":{"adjustment_positive":100}}"#)
            #expect(tooMuch.text == #"{"message":"Creditmemo Document Validation Error(s):\nA creditmemo can not be created when an order has a status of closed\nThe most money available to refund is $0.00."}"#)
        }
    }
}

@Suite("Shipment tracks and document comments")
struct DocumentExtrasEndpointTests {
    @Test("tracks are added and deleted; comments are added to invoices, shipments and credit memos")
    func tracksAndComments() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: token)
            _ = try await session.placeOrder(token: token)
            _ = try await session.send(.post, "/rest/V1/order/1/invoice", token: token, body: "{}")
            _ = try await session.send(.post, "/rest/V1/order/1/ship", token: token, body: "{}")
            _ = try await session.send(.post, "/rest/V1/order/1/refund", token: token, body: "{}")
            let track = try await session.send(.post, "/rest/V1/shipment/track", token: token, body: #"{"entity":{"parent_id":1,"order_id":1,"track_number":"TRK-2","title":"DHL","carrier_code":"dhl"}}"#)
            #expect(track.text == #"{"entity_id":1,"parent_id":1,"order_id":1,"track_number":"TRK-2","title":"DHL","carrier_code":"dhl","created_at":"2026-09-21 14:13:20","updated_at":"2026-09-21 14:13:20"}"#)
            let noNumber = try await session.send(.post, "/rest/V1/shipment/track", token: token, body: #"{"entity":{"parent_id":1,"title":"DHL","carrier_code":"dhl"}}"#)
            #expect(noNumber.status == .badRequest)
            #expect(noNumber.text == #"{"message":"Please enter a tracking number."}"#)
            let noShipment = try await session.send(.post, "/rest/V1/shipment/track", token: token, body: #"{"entity":{"parent_id":9,"track_number":"X","title":"DHL","carrier_code":"dhl"}}"#)
            #expect(noShipment.text == #"{"message":"Could not save the shipment tracking."}"#)
            #expect(try await session.get("/rest/V1/shipment/1?fields=tracks[track_number]", token: token).text == #"{"tracks":[{"track_number":"TRK-2"}]}"#)
            #expect(try await session.send(.delete, "/rest/V1/shipment/track/1", token: token).text == "true")
            let gone = try await session.send(.delete, "/rest/V1/shipment/track/1", token: token)
            #expect(gone.status == .notFound)
            #expect(try await session.get("/rest/V1/shipment/1?fields=tracks", token: token).text == #"{"tracks":[]}"#)
            #expect(try await session.get("/rest/V1/shipment/1/label", token: token).text == #""""#)
            let invoiceComment = try await session.send(.post, "/rest/V1/invoices/comments", token: token, body: #"{"entity":{"parent_id":1,"comment":"Paid","is_visible_on_front":1}}"#)
            #expect(invoiceComment.text == #"{"entity_id":1,"parent_id":1,"comment":"Paid","is_customer_notified":0,"is_visible_on_front":1,"created_at":"2026-09-21 14:13:20"}"#)
            let shipmentComment = try await session.send(.post, "/rest/V1/shipment/1/comments", token: token, body: #"{"entity":{"comment":"Sent"}}"#)
            #expect(shipmentComment.text == #"{"entity_id":1,"parent_id":1,"comment":"Sent","is_customer_notified":0,"is_visible_on_front":0,"created_at":"2026-09-21 14:13:20"}"#)
            let memoComment = try await session.send(.post, "/rest/V1/creditmemo/1/comments", token: token, body: #"{"entity":{"comment":"Refunded"}}"#)
            #expect(memoComment.status == .ok)
            #expect(try await session.get("/rest/V1/creditmemo/1/comments?fields=items[comment]", token: token).text == #"{"items":[{"comment":"Refunded"}]}"#)
            #expect(try await session.get("/rest/V1/invoices/1/comments?fields=items[comment]", token: token).text == #"{"items":[{"comment":"Paid"}]}"#)
            let missing = try await session.send(.post, "/rest/V1/creditmemo/9/comments", token: token, body: #"{"entity":{"comment":"x"}}"#)
            #expect(missing.status == .notFound)
            for uri in ["/rest/V1/invoices/1/emails", "/rest/V1/shipment/1/emails", "/rest/V1/creditmemo/1/emails"] {
                #expect(try await session.send(.post, uri, token: token).text == "true", "\(uri)")
            }
            for uri in ["/rest/V1/invoices/9/emails", "/rest/V1/shipment/9/emails", "/rest/V1/creditmemo/9/emails"] {
                #expect(try await session.send(.post, uri, token: token).status == .notFound, "\(uri)")
            }
        }
    }
}
