import CommerceDomain
import CommerceStorage
import Foundation
import HTTPTypes
import Logging
import MagentoWire
import MagpieServer
import Testing

@Suite("GraphQL checkoutAgreements")
struct CheckoutAgreementQueryTests {
    static let query = "{ checkoutAgreements { agreement_id name content content_height checkbox_text is_html mode } }"

    @Test("terms off: an empty list, whatever is stored")
    func off() async throws {
        let app = try await GraphQLTestApp.make()
        _ = try await app.magpie.storage.checkoutAgreements.save(
            CheckoutAgreement(name: "Terms", content: "c", checkboxText: "t", isActive: true, mode: 1), storeIds: [0]
        )
        try await app.run { session in
            let reply = try await session.post(Self.query)
            #expect(reply.text == #"{"data":{"checkoutAgreements":[]}}"#)
        }
    }

    @Test("terms on: the active agreements of the Store header's view, with Magento's mode enum")
    func on() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("magpie-gql-terms-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let configuration = ServerConfiguration(database: path, adminPassword: "magpie-test-123")
        _ = try await ConfigAdmin.set(configuration, scope: .default, scopeCode: nil, path: "checkout/options/enable_agreements", value: "1", logger: Logger(label: "test"))
        let app = try await GraphQLTestApp.make { $0.database = path }
        let agreements = app.magpie.storage.checkoutAgreements
        _ = try await agreements.save(CheckoutAgreement(name: "Terms", content: "<b>x</b>", contentHeight: "20em", checkboxText: "I agree", isActive: true, isHtml: true, mode: 1), storeIds: [0])
        _ = try await agreements.save(CheckoutAgreement(name: "French", content: "f", checkboxText: "d'accord", isActive: true), storeIds: [2])
        _ = try await agreements.save(CheckoutAgreement(name: "Off", content: "o", checkboxText: "o", isActive: false), storeIds: [0])
        try await app.run { session in
            #expect(try await session.post(Self.query).text == #"{"data":{"checkoutAgreements":[{"agreement_id":1,"name":"Terms","content":"<b>x</b>","content_height":"20em","checkbox_text":"I agree","is_html":true,"mode":"MANUAL"}]}}"#)
            let french = try await session.post("{ checkoutAgreements { name mode content_height } }", headers: ["Store": "fr"])
            #expect(french.text == #"{"data":{"checkoutAgreements":[{"name":"Terms","mode":"MANUAL","content_height":"20em"},{"name":"French","mode":"AUTO","content_height":null}]}}"#)
        }
    }
}
