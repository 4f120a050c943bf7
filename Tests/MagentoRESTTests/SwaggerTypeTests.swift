import CommerceStorage
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("The Swagger document types bodies, parameters and responses from the wire models")
struct SwaggerTypeTests {
    /// Runs `check` on the admin's whole document.
    func withDocument(_ check: @escaping @Sendable (JSONValue) throws -> Void) async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/default/schema?services=all", token: try await session.adminToken())
            #expect(reply.status == .ok)
            try check(try #require(reply.json))
        }
    }

    @Test("the product save body names product and saveOptions with their types")
    func productSaveBody() async throws {
        try await withDocument { doc in
            let parameters = doc["paths"]?["/V1/products"]?["post"]?["parameters"]
            #expect(parameters == [[
                "name": "catalogProductRepositoryV1SavePostBody", "in": "body", "required": true,
                "schema": [
                    "type": "object",
                    "properties": ["product": ref("catalog-data-product-interface"), "saveOptions": ["type": "boolean"]],
                    "required": ["product"],
                ],
            ]])
            let product = doc["definitions"]?["catalog-data-product-interface"]?["properties"]
            #expect(product?["sku"] == ["type": "string", "x-nullable": true])
            #expect(product?["price"] == ["type": "number", "x-nullable": true])
            #expect(product?["attribute_set_id"] == ["type": "integer", "x-nullable": true])
            #expect(product?["extension_attributes"] == ["allOf": [ref("catalog-data-product-extension-interface")], "x-nullable": true])
            #expect(product?["custom_attributes"] == ["type": "array", "items": ref("framework-attribute-interface"), "x-nullable": true])
            #expect(product?["tier_prices"] == ["type": "array", "items": ref("catalog-data-product-tier-price-interface"), "x-nullable": true])
        }
    }

    @Test("the customer search answers the search-results envelope of customers")
    func customerSearchResponse() async throws {
        try await withDocument { doc in
            let search = doc["paths"]?["/V1/customers/search"]?["get"]
            #expect(search?["responses"]?["200"]?["schema"] == ref("customer-data-customer-search-results-interface"))
            #expect(doc["definitions"]?["customer-data-customer-search-results-interface"] == [
                "type": "object",
                "properties": [
                    "items": ["type": "array", "items": ref("customer-data-customer-interface")],
                    "search_criteria": ref("framework-search-criteria-interface"),
                    "total_count": ["type": "integer"],
                ],
                "required": ["items", "search_criteria", "total_count"],
            ])
            let parameters = search?["parameters"]?.arrayValue ?? []
            let pageSize = parameters.first { $0["name"] == "searchCriteria[pageSize]" }
            #expect(pageSize == ["name": "searchCriteria[pageSize]", "in": "query", "type": "integer", "required": true, "description": "Page size."])
            let direction = parameters.first { $0["name"] == "searchCriteria[sortOrders][0][direction]" }
            #expect(direction?["enum"] == ["ASC", "DESC"])
        }
    }

    @Test("id path parameters are integers; a guest cart's masked id and a SKU are strings")
    func pathParameterTypes() async throws {
        try await withDocument { doc in
            #expect(doc["paths"]?["/V1/cmsPage/{pageId}"]?["get"]?["parameters"] == [
                ["name": "pageId", "in": "path", "type": "integer", "required": true],
            ])
            #expect(doc["paths"]?["/V1/guest-carts/{cartId}/items"]?["get"]?["parameters"]?.arrayValue?.first?["type"] == "string")
            #expect(doc["paths"]?["/V1/carts/{cartId}/items"]?["get"]?["parameters"]?.arrayValue?.first?["type"] == "integer")
            #expect(doc["paths"]?["/V1/products/{sku}"]?["get"]?["parameters"]?.arrayValue?.first?["type"] == "string")
        }
    }

    @Test("the error schema is what errors send: parameters a list of strings, or a map of strings or lists of them")
    func errorSchema() async throws {
        try await withDocument { doc in
            #expect(doc["definitions"]?["error-response"] == [
                "type": "object",
                "properties": [
                    "message": ["type": "string"],
                    "errors": ["type": "array", "items": ref("error-response"), "x-nullable": true],
                    "parameters": ["x-oneOf": [
                        ["type": "array", "items": ["type": "string"]],
                        ["type": "object", "additionalProperties": ["x-oneOf": [
                            ["type": "string"], ["type": "array", "items": ["type": "string"]],
                        ]]],
                    ], "x-nullable": true],
                ],
                "required": ["message"],
            ])
            #expect(doc["paths"]?["/V1/products/{sku}"]?["get"]?["responses"]?["default"]?["schema"] == ref("error-response"))
        }
    }

    @Test("the audit export declares CSV text")
    func csvRoute() async throws {
        try await withDocument { doc in
            let export = doc["paths"]?["/V1/audit/export"]?["get"]
            #expect(export?["produces"] == ["text/csv", "application/json"])
            #expect(export?["responses"]?["200"]?["schema"] == ["type": "string"])
        }
    }

    @Test("no two wire types share a definition name (a nested Filter or Image would be described as another)")
    func definitionNamesAreUnique() async throws {
        let app = try await TestApp.make()
        let document = SwaggerDocument(endpoints: app.magpie.endpoints, basePath: "/rest/default", host: "magpie.test")
        #expect(document.definitionNameClashes == [])
        await app.magpie.storage.close()
    }

    @Test("every JSON operation declares a typed 200 body")
    func everyResponseTyped() async throws {
        try await withDocument { doc in
            var untyped: [String] = []
            for (path, item) in doc["paths"]?.objectValue ?? JSONObject() {
                for (method, operation) in item.objectValue ?? JSONObject() where operation["responses"]?["200"]?["schema"] == [:] {
                    untyped.append("\(method) \(path)")
                }
            }
            #expect(untyped == [])
        }
    }
}

private func ref(_ name: String) -> JSONValue {
    ["$ref": .string("#/definitions/\(name)")]
}

@Suite("Optional results and members admit null, as the encoders send it")
struct SwaggerNullabilityTests {
    @Test("a customer's default billing address may be null")
    func optionalResult() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/default/schema?services=all", token: try await session.adminToken())
            let schema = reply.json?["paths"]?["/V1/customers/{customerId}/billingAddress"]?["get"]?["responses"]?["200"]?["schema"]
            #expect(schema == ["allOf": [["$ref": "#/definitions/customer-data-address-interface"]], "x-nullable": true])
            let region = reply.json?["definitions"]?["customer-data-region-interface"]?["properties"]?["region_code"]
            #expect(region == ["type": "string", "x-nullable": true])
        }
    }
}
