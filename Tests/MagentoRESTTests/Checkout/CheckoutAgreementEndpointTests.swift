import CommerceDomain
import Foundation
import HTTPTypes
import Logging
import MagentoWire
import MagpieServer
import Testing

@Suite("Checkout terms and conditions")
struct CheckoutAgreementEndpointTests {
    static let manual = #"{"agreement":{"name":"Terms","content":"<b>Read me</b>","content_height":"200px","checkbox_text":"I agree","is_active":true,"is_html":true,"mode":1}}"#
    static let automatic = #"{"agreement":{"name":"Privacy","content":"Text","checkbox_text":"OK","is_active":true,"mode":0},"storeIds":[1]}"#
    static let inactive = #"{"agreement":{"name":"Old","content":"Old text","checkbox_text":"Old","is_active":false,"mode":1}}"#

    @Test("agreements are created, listed by searchCriteria, replaced and deleted; the active list is empty while terms are off")
    func lifecycle() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let created = try await session.send(.post, "/rest/V1/magpie/checkout-agreements", token: token, body: Self.manual)
            #expect(created.text == #"{"agreement_id":1,"name":"Terms","content":"<b>Read me</b>","content_height":"200px","checkbox_text":"I agree","is_active":true,"is_html":true,"mode":1}"#)
            _ = try await session.send(.post, "/rest/V1/magpie/checkout-agreements", token: token, body: Self.automatic)
            _ = try await session.send(.post, "/rest/V1/magpie/checkout-agreements", token: token, body: Self.inactive)

            #expect(try await session.get("/rest/V1/carts/licence", token: token).text == "[]")
            let all = try await session.get("/rest/V1/carts/licence/list?searchCriteria[pageSize]=10&fields=agreement_id,name", token: token)
            #expect(all.text == #"[{"agreement_id":1,"name":"Terms"},{"agreement_id":2,"name":"Privacy"},{"agreement_id":3,"name":"Old"}]"#)
            let filtered = try await session.get("/rest/V1/carts/licence/list?searchCriteria[filterGroups][0][filters][0][field]=is_active&searchCriteria[filterGroups][0][filters][0][value]=0", token: token)
            #expect(filtered.text == #"[{"agreement_id":3,"name":"Old","content":"Old text","checkbox_text":"Old","is_active":false,"is_html":false,"mode":1}]"#)

            let replaced = try await session.send(.put, "/rest/V1/magpie/checkout-agreements/3", token: token, body: #"{"agreement":{"name":"Older","content":"x","checkbox_text":"y"}}"#)
            #expect(replaced.text == #"{"agreement_id":3,"name":"Older","content":"x","checkbox_text":"y","is_active":false,"is_html":false,"mode":0}"#)
            #expect(try await session.send(.delete, "/rest/V1/magpie/checkout-agreements/3", token: token).text == "true")
            let gone = try await session.send(.delete, "/rest/V1/magpie/checkout-agreements/3", token: token)
            #expect(gone.status == .notFound)
            #expect(gone.text == #"{"message":"A checkout agreement with the \"%1\" specified ID wasn't found. Verify the ID and try again.","parameters":["3"]}"#)
            let incomplete = try await session.send(.post, "/rest/V1/magpie/checkout-agreements", token: token, body: #"{"agreement":{"name":"No text","checkbox_text":"y"}}"#)
            #expect(incomplete.status == .badRequest)
            #expect(incomplete.text == #"{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"content"}}"#)
            let badMode = try await session.send(.post, "/rest/V1/magpie/checkout-agreements", token: token, body: #"{"agreement":{"name":"n","content":"c","checkbox_text":"t","mode":7}}"#)
            #expect(badMode.text == #"{"message":"The value of \"%1\" provided in the %2 field is invalid.","parameters":["7","mode"]}"#)

            let guest = try await session.get("/rest/V1/carts/licence")
            #expect(guest.status == .unauthorized)
            #expect(guest.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Sales::sales"}}"#)
            // Before this route existed, the path fell into GET /V1/carts/:cartId.
            #expect(try await session.get("/rest/V1/carts/licence/list?searchCriteria[pageSize]=1", token: token).status == .ok)
        }
    }

    @Test("with terms on, the storefront's order is refused until every active manual agreement is ticked")
    func enforcedAtCheckout() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("magpie-terms-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let configuration = ServerConfiguration(database: path, adminPassword: TestApp.adminPassword)
        _ = try await ConfigAdmin.set(configuration, scope: .default, scopeCode: nil, path: "checkout/options/enable_agreements", value: "1", logger: Logger(label: "test"))
        try await TestApp.make { $0.database = path }.run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/magpie/checkout-agreements", token: token, body: Self.manual)
            _ = try await session.send(.post, "/rest/V1/magpie/checkout-agreements", token: token, body: Self.automatic)
            _ = try await session.send(.post, "/rest/V1/magpie/checkout-agreements", token: token, body: Self.inactive)
            #expect(try await session.get("/rest/V1/carts/licence?fields=agreement_id,mode", token: token).text == #"[{"agreement_id":1,"mode":1},{"agreement_id":2,"mode":0}]"#)

            let (_, cart) = try await session.guestCartWithProduct()
            _ = try await session.addItem(cart, sku: "SALE-1", qty: 1)
            _ = try await session.shippingInformation(cart, address: TestSession.texas)
            let unticked = try await session.send(.post, "\(cart)/payment-information", body: #"{"email":"ada@example.com","paymentMethod":{"method":"checkmo"}}"#)
            #expect(unticked.status == .badRequest)
            #expect(unticked.text == #"{"message":"The order wasn't placed. First, agree to the terms and conditions, then try placing your order again."}"#)
            let wrong = try await session.send(.post, "\(cart)/set-payment-information", body: #"{"email":"ada@example.com","paymentMethod":{"method":"checkmo","extension_attributes":{"agreement_ids":["2","3"]}}}"#)
            #expect(wrong.status == .badRequest)
            let placed = try await session.send(.post, "\(cart)/payment-information", body: #"{"email":"ada@example.com","paymentMethod":{"method":"checkmo","extension_attributes":{"agreement_ids":["1"]}}}"#)
            #expect(placed.status == .ok)
            #expect(Int(placed.text.trimmingCharacters(in: CharacterSet(charactersIn: "\""))) != nil)
        }
    }
}
