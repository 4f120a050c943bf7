import CommerceDomain
import Foundation
import HTTPTypes
import Logging
import MagentoWire
import MagpieServer
import Testing

@Suite("Payment transactions through the test gateway")
struct PaymentTransactionEndpointTests {
    static func gatewayOrder(_ session: TestSession) async throws -> Int {
        let cart = "/rest/V1/guest-carts/\(try await session.guestCart())"
        _ = try await session.addItem(cart, sku: "SALE-1", qty: 2)
        _ = try await session.shippingInformation(cart, address: TestSession.texas)
        let placed = try await session.send(.post, "\(cart)/payment-information", body: #"{"email":"ada@example.com","paymentMethod":{"method":"magpie_gateway"}}"#)
        #expect(placed.status == .ok, "\(placed.text)")
        return try #require(Int(placed.text.trimmingCharacters(in: CharacterSet(charactersIn: "\""))))
    }

    static func transactions(_ session: TestSession, order: Int, token: String) async throws -> [JSONValue] {
        let reply = try await session.get("/rest/V1/transactions?searchCriteria[filterGroups][0][filters][0][field]=order_id&searchCriteria[filterGroups][0][filters][0][value]=\(order)&fields=items[transaction_id,parent_id,txn_type,is_closed,parent_txn_id,txn_id],total_count", token: token)
        return reply.json?["items"]?.arrayValue ?? []
    }

    @Test("authorize at placement, capture on an online invoice, refund online, void on cancel; offline methods record nothing")
    func lifecycle() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("magpie-gateway-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let configuration = ServerConfiguration(database: path, adminPassword: TestApp.adminPassword)
        _ = try await ConfigAdmin.set(configuration, scope: .default, scopeCode: nil, path: "payment/magpie_gateway/active", value: "1", logger: Logger(label: "test"))
        try await TestApp.make { $0.database = path }.run { session in
            let (token, _) = try await session.guestCartWithProduct()
            let order = try await Self.gatewayOrder(session)
            var list = try await Self.transactions(session, order: order, token: token)
            #expect(list.count == 1)
            #expect(list.first?["txn_type"] == "authorization")
            #expect(list.first?["is_closed"] == 0)
            let authorization = try #require(list.first?["txn_id"]?.stringValue)
            #expect(authorization.hasPrefix("mgw_") && authorization.count == 28)
            #expect(try await session.get("/rest/V1/orders/\(order)?fields=payment[method,last_trans_id]", token: token).text == #"{"payment":{"method":"magpie_gateway","last_trans_id":"\#(authorization)"}}"#)

            let invoiceId = try await session.send(.post, "/rest/V1/order/\(order)/invoice", token: token, body: #"{"capture":true}"#).text
            list = try await Self.transactions(session, order: order, token: token)
            #expect(list.map { $0["txn_type"] } == ["authorization", "capture"])
            #expect(list[0]["is_closed"] == 1)
            #expect(list[1]["parent_txn_id"]?.stringValue == authorization)
            #expect(list[1]["parent_id"] == list[0]["transaction_id"])
            let capture = try #require(list[1]["txn_id"]?.stringValue)
            let invoice = try await session.get("/rest/V1/invoices/\(invoiceId.trimmingCharacters(in: CharacterSet(charactersIn: "\"")))?fields=transaction_id", token: token)
            #expect(invoice.text == #"{"transaction_id":"\#(capture)"}"#)

            let authorizationId = try #require(list[0]["transaction_id"]?.numberText)
            let one = try await session.get("/rest/V1/transactions/\(authorizationId)", token: token)
            #expect(one.json?["order_id"] == .number(String(order)))
            #expect(one.json?["child_transactions"]?.arrayValue?.map { $0["txn_type"] } == ["capture"])
            #expect(one.json?["additional_information"] == ["gateway: magpie_gateway", "amount: 30 USD"])

            let refund = try await session.send(.post, "/rest/V1/invoice/\(invoiceId.trimmingCharacters(in: CharacterSet(charactersIn: "\"")))/refund", token: token, body: #"{"isOnline":true}"#)
            #expect(refund.status == .ok, "\(refund.text)")
            list = try await Self.transactions(session, order: order, token: token)
            #expect(list.map { $0["txn_type"] } == ["authorization", "capture", "refund"])
            #expect(list[2]["parent_txn_id"]?.stringValue == capture)

            let second = try await Self.gatewayOrder(session)
            #expect(try await session.send(.post, "/rest/V1/orders/\(second)/cancel", token: token).text == "true")
            let voided = try await Self.transactions(session, order: second, token: token)
            #expect(voided.map { $0["txn_type"] } == ["authorization", "void"])
            #expect(voided.map { $0["is_closed"] } == [1, 1])

            let missing = try await session.get("/rest/V1/transactions/9999", token: token)
            #expect(missing.status == .notFound)
            #expect(missing.text == #"{"message":"The entity that was requested doesn't exist. Verify the entity and try again."}"#)
            let anonymous = try await session.get("/rest/V1/transactions?searchCriteria[pageSize]=1")
            #expect(anonymous.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Sales::transactions_fetch"}}"#)
        }
    }

    @Test("the gateway is off by default, and offline payments record no transactions")
    func offByDefault() async throws {
        try await TestApp.make().run { session in
            let (token, cart) = try await session.guestCartWithProduct()
            _ = try await session.addItem(cart, sku: "SALE-1", qty: 1)
            _ = try await session.shippingInformation(cart, address: TestSession.texas)
            let refused = try await session.send(.post, "\(cart)/payment-information", body: #"{"email":"ada@example.com","paymentMethod":{"method":"magpie_gateway"}}"#)
            #expect(refused.status == .badRequest)
            let placed = try await session.send(.post, "\(cart)/payment-information", body: #"{"email":"ada@example.com","paymentMethod":{"method":"checkmo"}}"#)
            let order = try #require(Int(placed.text.trimmingCharacters(in: CharacterSet(charactersIn: "\""))))
            _ = try await session.send(.post, "/rest/V1/order/\(order)/invoice", token: token, body: #"{"capture":true}"#)
            #expect(try await session.get("/rest/V1/transactions?searchCriteria[pageSize]=10", token: token).text == #"{"items":[],"search_criteria":{"filter_groups":[],"page_size":10},"total_count":0}"#)
        }
    }
}
