import CommerceDomain
import Foundation
import HTTPTypes
import Logging
import MagentoWire
import MagpieServer
import Testing

@Suite("Gift messages on carts and orders")
struct GiftMessageEndpointTests {
    static let message = #"{"giftMessage":{"sender":"Ada","recipient":"Charles","message":"Happy birthday"}}"#

    @Test("off by default as in Magento; an empty cart and an unknown line are refused; nothing is set")
    func refusals() async throws {
        try await TestApp.make().run { session in
            let (token, cart) = try await session.guestCartWithProduct()
            let empty = try await session.send(.post, "\(cart)/gift-message", body: Self.message)
            #expect(empty.status == .badRequest)
            #expect(empty.text == #"{"message":"Gift messages can't be used for an empty cart. Add an item and try again."}"#)
            _ = try await session.addItem(cart, sku: "SALE-1", qty: 1)
            let off = try await session.send(.post, "\(cart)/gift-message", body: Self.message)
            #expect(off.status == .badRequest)
            #expect(off.text == #"{"message":"The gift message isn't available."}"#)
            #expect(try await session.get("\(cart)/gift-message").text == "null")
            let unknownLine = try await session.get("\(cart)/gift-message/99")
            #expect(unknownLine.status == .notFound)
            #expect(unknownLine.text == #"{"message":"No item with the provided ID was found in the Cart. Verify the ID and try again."}"#)
            let adminCart = try await session.send(.post, "/rest/V1/carts/1/gift-message", token: token, body: Self.message)
            #expect(adminCart.status == .badRequest)
            let anonymousAdminRoute = try await session.get("/rest/V1/carts/1/gift-message")
            #expect(anonymousAdminRoute.status == .unauthorized)
            #expect(anonymousAdminRoute.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Sales::create"}}"#)
        }
    }

    @Test("with gift options on, the cart's and a line's messages are kept and carried onto the order")
    func carriedOntoTheOrder() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("magpie-gift-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let configuration = ServerConfiguration(database: path, adminPassword: TestApp.adminPassword)
        for setting in ["sales/gift_options/allow_order", "sales/gift_options/allow_items"] {
            _ = try await ConfigAdmin.set(configuration, scope: .default, scopeCode: nil, path: setting, value: "1", logger: Logger(label: "test"))
        }
        try await TestApp.make { $0.database = path }.run { session in
            let (token, cart) = try await session.guestCartWithProduct()
            _ = try await session.addItem(cart, sku: "SALE-1", qty: 1)
            let saved = try await session.send(.post, "\(cart)/gift-message", body: Self.message)
            #expect(saved.text == "true")
            let line = try await session.send(.post, "\(cart)/gift-message/1", body: #"{"giftMessage":{"sender":"Ada","recipient":"Mary","message":"For you"}}"#)
            #expect(line.text == "true")
            #expect(try await session.get("\(cart)/gift-message").text == #"{"customer_id":0,"sender":"Ada","recipient":"Charles","message":"Happy birthday"}"#)
            #expect(try await session.get("\(cart)/gift-message/1").text == #"{"customer_id":0,"sender":"Ada","recipient":"Mary","message":"For you"}"#)

            _ = try await session.shippingInformation(cart, address: TestSession.texas)
            let placed = try await session.send(.post, "\(cart)/payment-information", body: #"{"email":"ada@example.com","paymentMethod":{"method":"checkmo"}}"#)
            #expect(placed.status == .ok)
            let order = try await session.get("/rest/V1/orders/\(placed.json?.stringValue ?? "")?fields=extension_attributes[gift_message],items[extension_attributes]", token: token)
            #expect(order.text == #"{"items":[{"extension_attributes":{"gift_message":{"customer_id":0,"sender":"Ada","recipient":"Mary","message":"For you"}}}],"extension_attributes":{"gift_message":{"customer_id":0,"sender":"Ada","recipient":"Charles","message":"Happy birthday"}}}"#)
        }
    }
}
