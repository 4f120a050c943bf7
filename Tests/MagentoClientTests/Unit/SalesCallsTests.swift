import Foundation
import MagentoClient
import MagentoWire
import Testing

/// The customer and sales calls build Magento's routes and bodies, and read what the store answers.
@Suite struct SalesCallsTests {
    static func body(_ request: TransportRequest) -> String { String(decoding: request.body ?? [], as: UTF8.self) }

    @Test func documentActionsPostToTheOrderAndReadTheNewIdAsStringOrNumber() async throws {
        let transport = ScriptedTransport([.reply(200, #""12""#), .reply(200, "13"), .reply(200, #""14""#), .reply(200, #""15""#)])
        let client = ClientFixtures.client(transport)
        #expect(try await client.orders.invoice(7, capture: true) == 12)
        #expect(try await client.orders.ship(7, tracks: [TrackCreation(trackNumber: "T1", title: "UPS", carrierCode: "ups")]) == 13)
        let memo = try await client.orders.refund(
            7, items: [DocumentItemCreation(orderItemId: 3, qty: 1)],
            arguments: CreditmemoCreationArguments(shippingAmount: 0, extensionAttributes: .init(returnToStockItems: [3]))
        )
        #expect(memo == 14)
        #expect(try await client.invoices.refund(12, comment: DocumentCommentCreation(comment: "sorry")) == 15)
        let calls = transport.calls
        #expect(calls.map(\.method) == [.post, .post, .post, .post])
        #expect(calls.map(\.url) == [
            "http://store.test/rest/V1/order/7/invoice", "http://store.test/rest/V1/order/7/ship",
            "http://store.test/rest/V1/order/7/refund", "http://store.test/rest/V1/invoice/12/refund",
        ])
        #expect(Self.body(calls[0]) == #"{"capture":true}"#)
        #expect(Self.body(calls[1]) == #"{"tracks":[{"track_number":"T1","title":"UPS","carrier_code":"ups"}]}"#)
        #expect(Self.body(calls[2]) == #"{"arguments":{"shipping_amount":0,"extension_attributes":{"return_to_stock_items":[3]}},"items":[{"order_item_id":3,"qty":1}]}"#)
        #expect(Self.body(calls[3]) == #"{"appendComment":true,"comment":{"comment":"sorry"}}"#)
    }

    @Test func anAnswerThatIsNoIdIsADecodingError() async throws {
        let transport = ScriptedTransport([.reply(200, #"{"id":1}"#)])
        do {
            _ = try await ClientFixtures.client(transport).orders.invoice(1)
            Issue.record("expected a decoding error")
        } catch let error as MagentoClientError {
            #expect(error.code == .decoding)
        }
    }

    @Test func customersAndReadsUseMagentosRoutes() async throws {
        let transport = ScriptedTransport([
            .reply(200, #"{"id":5,"email":"a@example.com"}"#), .reply(200, #"{"items":[],"search_criteria":{"filter_groups":[]},"total_count":0}"#),
            .reply(200, #"{"entity_id":9,"increment_id":"000000009","items":[]}"#), .reply(200, #"{"entity_id":2,"order_id":9}"#),
            .reply(200, #"{"entity_id":3,"order_id":9}"#),
        ])
        let client = ClientFixtures.client(transport)
        let created = try await client.customers.create(Customer(email: "a@example.com", firstname: "A", lastname: "B"), password: "Secret-123")
        #expect(created.id == 5)
        _ = try await client.customers.list(SearchCriteriaBuilder().where("email", .eq, "a@example.com").build())
        #expect(try await client.orders.get(9).incrementId == "000000009")
        #expect(try await client.shipments.get(2).orderId == 9)
        #expect(try await client.creditmemos.get(3).orderId == 9)
        let calls = transport.calls
        #expect(calls.map(\.method) == [.post, .get, .get, .get, .get])
        #expect(Self.body(calls[0]) == #"{"customer":{"email":"a@example.com","firstname":"A","lastname":"B","addresses":[]},"password":"Secret-123"}"#)
        #expect(calls[1].url.hasPrefix("http://store.test/rest/V1/customers/search?searchCriteria"))
        #expect(calls[2...].map(\.url) == [
            "http://store.test/rest/V1/orders/9", "http://store.test/rest/V1/shipment/2", "http://store.test/rest/V1/creditmemo/3",
        ])
    }

    @Test func rawDocumentSavesPostTheEntity() async throws {
        let transport = ScriptedTransport([
            .reply(200, #"{"entity_id":1,"order_id":9}"#), .reply(200, #"{"entity_id":2,"order_id":9}"#), .reply(200, #"{"entity_id":3,"order_id":9}"#),
        ])
        let client = ClientFixtures.client(transport)
        var invoice = Invoice()
        invoice.orderId = 9
        var row = InvoiceItem()
        row.orderItemId = 4
        row.qty = 2
        invoice.items = [row]
        #expect(try await client.invoices.save(invoice).entityId == 1)
        var shipment = Shipment()
        shipment.orderId = 9
        var track = ShipmentTrack()
        track.trackNumber = "T1"
        shipment.tracks = [track]
        #expect(try await client.shipments.save(shipment).entityId == 2)
        var memo = Creditmemo()
        memo.orderId = 9
        memo.invoiceId = 1
        memo.shippingAmount = 0
        #expect(try await client.creditmemos.save(memo).entityId == 3)
        let calls = transport.calls
        #expect(calls.map(\.method) == [.post, .post, .post])
        #expect(calls.map(\.url) == [
            "http://store.test/rest/V1/invoices", "http://store.test/rest/V1/shipment", "http://store.test/rest/V1/creditmemo",
        ])
        #expect(Self.body(calls[0]) == #"{"entity":{"order_id":9,"items":[{"order_item_id":4,"qty":2}]}}"#)
        #expect(Self.body(calls[1]) == #"{"entity":{"order_id":9,"tracks":[{"track_number":"T1"}]}}"#)
        #expect(Self.body(calls[2]) == #"{"entity":{"order_id":9,"invoice_id":1,"shipping_amount":0}}"#)
    }
}
