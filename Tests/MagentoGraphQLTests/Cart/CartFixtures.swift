import Foundation
import HTTPTypes
import MagentoWire
import Testing

/// Catalog, customers and REST calls the cart and customer tests set up through the same router.
enum CartFixtures {
    static let adminPassword = "magpie-test-123"
    static let shopperPassword = "Shopper-pass1"

    /// A Texas address as `CartAddressInput` (no demo tax there).
    static let texas = #"{firstname:"Jane",lastname:"Doe",street:["1 Main St"],city:"Austin",region_id:57,postcode:"78701",country_code:"US",telephone:"555-0100"}"#
    /// San Francisco: the demo tax rules charge 8.25% there.
    static let california = #"{firstname:"Ada",lastname:"Lovelace",street:["1 Market St"],city:"San Francisco",region:"CA",postcode:"94105",country_code:"US",telephone:"5550100"}"#
}

extension GraphQLSession {
    /// A GraphQL POST with the customer's bearer token (none for a guest).
    func gql(_ query: String, variables: String? = nil, token: String? = nil) async throws -> GraphQLReply {
        try await post(query, variables: variables, headers: token.map { ["Authorization": "Bearer \($0)"] } ?? [:])
    }

    /// A REST call through the same server.
    func rest(_ method: HTTPRequest.Method, _ path: String, token: String? = nil, body: String? = nil) async throws -> GraphQLReply {
        try await raw(method, path, body: body, headers: token.map { ["Authorization": "Bearer \($0)"] } ?? [:])
    }

    func adminToken() async throws -> String {
        let reply = try await rest(.post, "/rest/V1/integration/admin/token", body: #"{"username":"admin","password":"\#(CartFixtures.adminPassword)"}"#)
        return reply.json?.stringValue ?? ""
    }

    /// A simple product `sku` named "Item <sku>".
    func makeProduct(_ sku: String, price: String = "10", qty: Int = 10, type: String = "simple", token: String) async throws {
        let reply = try await rest(.post, "/rest/V1/products", token: token, body: """
            {"product":{"sku":"\(sku)","name":"Item \(sku)","price":\(price),"type_id":"\(type)","attribute_set_id":4,
            "custom_attributes":[{"attribute_code":"url_key","value":"\(sku.lowercased())"}],
            "extension_attributes":{"stock_item":{"qty":\(qty),"is_in_stock":true}}}}
            """)
        #expect(reply.status == .ok, "product \(sku): \(reply.text)")
    }

    /// TEE, configurable by size (attribute 144) with TEE-S at 15 and TEE-M at 17, five of each;
    /// returns the option ids of S and M.
    func makeTee(token: String) async throws -> (small: String, medium: String) {
        let options = try await rest(.get, "/rest/V1/products/attributes/size/options", token: token).json?.arrayValue ?? []
        func option(_ label: String) -> String {
            options.compactMap(\.objectValue).first { $0["label"] == .string(label) }?["value"]?.stringValue ?? ""
        }
        let (small, medium) = (option("S"), option("M"))
        _ = try await rest(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"TEE","name":"Tee","price":15,"type_id":"configurable","attribute_set_id":4}}"#)
        for (sku, size, price) in [("TEE-S", small, "15"), ("TEE-M", medium, "17")] {
            _ = try await rest(.post, "/rest/V1/products", token: token, body: """
                {"product":{"sku":"\(sku)","name":"Tee \(sku)","price":\(price),"type_id":"simple","attribute_set_id":4,
                "custom_attributes":[{"attribute_code":"size","value":"\(size)"}],"extension_attributes":{"stock_item":{"qty":5,"is_in_stock":true}}}}
                """)
        }
        _ = try await rest(.post, "/rest/V1/configurable-products/TEE/options", token: token, body: #"{"option":{"attribute_id":"144","label":"Size","position":0,"values":[{"value_index":\#(small)},{"value_index":\#(medium)}]}}"#)
        for child in ["TEE-S", "TEE-M"] {
            _ = try await rest(.post, "/rest/V1/configurable-products/TEE/child", token: token, body: #"{"childSku":"\#(child)"}"#)
        }
        return (small, medium)
    }

    /// Registers `email` over REST with the shared password; returns the customer id.
    @discardableResult
    func register(_ email: String, addresses: String = "[]") async throws -> Int {
        let reply = try await rest(.post, "/rest/V1/customers", body: #"{"customer":{"email":"\#(email)","firstname":"Jane","lastname":"Doe","addresses":\#(addresses)},"password":"\#(CartFixtures.shopperPassword)"}"#)
        #expect(reply.status == .ok, "registration failed: \(reply.text)")
        return reply.json?["id"]?.numberText.flatMap { Int($0) } ?? 0
    }

    /// A customer token from `generateCustomerToken`.
    func signIn(_ email: String, password: String = CartFixtures.shopperPassword) async throws -> String {
        let reply = try await gql(#"mutation { generateCustomerToken(email: "\#(email)", password: "\#(password)") { token } }"#)
        return reply.data?["generateCustomerToken"]?["token"]?.stringValue ?? ""
    }

    /// A new guest cart's id from `createEmptyCart`.
    func newCart(token: String? = nil) async throws -> String {
        let reply = try await gql("mutation { createEmptyCart }", token: token)
        return reply.data?["createEmptyCart"]?.stringValue ?? ""
    }
}
