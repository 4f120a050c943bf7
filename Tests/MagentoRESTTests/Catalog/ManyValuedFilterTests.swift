import HTTPTypes
import MagentoWire
import Testing

/// Filters on fields a row has many values of: a product's categories, websites and store views,
/// an attribute's sets. Magento maps `eq` to `in` and `neq` to `nin` for them.
@Suite("Many-valued searchCriteria fields")
struct ManyValuedFilterTests {
    static func filter(_ field: String, _ condition: String, _ value: String) -> String {
        "searchCriteria[filterGroups][0][filters][0][field]=\(field)&searchCriteria[filterGroups][0][filters][0][condition_type]=\(condition)"
            + "&searchCriteria[filterGroups][0][filters][0][value]=\(value)&searchCriteria[sortOrders][0][field]=sku&searchCriteria[sortOrders][0][direction]=ASC"
    }

    @Test("products filter on category_id, website_id and store_id with eq, in, neq and nin; other conditions are refused")
    func productMembership() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/categories", token: token, body: #"{"category":{"name":"Gear"}}"#)
            _ = try await session.send(.post, "/rest/V1/categories", token: token, body: #"{"category":{"name":"Bags"}}"#)
            for (sku, categories, websites) in [("P-1", #"["3"]"#, "[1]"), ("P-2", #"["3","4"]"#, "[1]"), ("P-3", "[]", "[]")] {
                let saved = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"\#(sku)","name":"\#(sku)","price":1,"extension_attributes":{"website_ids":\#(websites)},"custom_attributes":[{"attribute_code":"category_ids","value":\#(categories)}]}}"#)
                #expect(saved.status == .ok)
            }
            func skus(_ query: String, expect expected: String) async throws -> Bool {
                let text = try await session.get("/rest/V1/products?\(query)&fields=items[sku],total_count", token: token).text
                #expect(text == expected, "\(query)")
                return text == expected
            }
            #expect(try await skus(Self.filter("category_id", "eq", "4"), expect: #"{"items":[{"sku":"P-2"}],"total_count":1}"#))
            #expect(try await skus(Self.filter("category_id", "in", "3,4"), expect: #"{"items":[{"sku":"P-1"},{"sku":"P-2"}],"total_count":2}"#))
            #expect(try await skus(Self.filter("category_id", "neq", "4"), expect: #"{"items":[{"sku":"P-1"},{"sku":"P-3"}],"total_count":2}"#))
            #expect(try await skus(Self.filter("category_id", "nin", "3,4"), expect: #"{"items":[{"sku":"P-3"}],"total_count":1}"#))
            #expect(try await skus(Self.filter("website_id", "eq", "1"), expect: #"{"items":[{"sku":"P-1"},{"sku":"P-2"}],"total_count":2}"#))
            #expect(try await skus(Self.filter("store_id", "eq", "1"), expect: #"{"items":[{"sku":"P-1"},{"sku":"P-2"}],"total_count":2}"#))
            #expect(try await skus(Self.filter("store_id", "eq", "0"), expect: #"{"items":[{"sku":"P-1"},{"sku":"P-2"},{"sku":"P-3"}],"total_count":3}"#))

            let range = try await session.get("/rest/V1/products?\(Self.filter("category_id", "gt", "3"))", token: token)
            #expect(range.status == .badRequest)
            #expect(range.text == #"{"message":"Invalid condition type \"%1\" for the field \"%2\"; use eq, neq, in or nin.","parameters":["gt","category_id"]}"#)
            let notANumber = try await session.get("/rest/V1/products?\(Self.filter("category_id", "eq", "gear"))", token: token)
            #expect(notANumber.status == .badRequest)
            #expect(notANumber.text.contains(#"The \"%value\" value's type is invalid."#))
            let empty = try await session.get("/rest/V1/products?\(Self.filter("category_id", "eq", "999"))&fields=items[sku]", token: token)
            #expect(empty.text == #"{"items":[]}"#)
        }
    }

    @Test("attributes filter on the joined columns clients send: position, flags, their sets")
    func attributeColumns() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            func count(_ field: String, _ condition: String, _ value: String) async throws -> String? {
                let query = "searchCriteria[filterGroups][0][filters][0][field]=\(field)&searchCriteria[filterGroups][0][filters][0][condition_type]=\(condition)&searchCriteria[filterGroups][0][filters][0][value]=\(value)&fields=total_count"
                let reply = try await session.get("/rest/V1/products/attributes?\(query)", token: token)
                #expect(reply.status == .ok, "\(field) \(condition) \(value): \(reply.text)")
                return reply.json?["total_count"]?.jsonString
            }
            let all = try await session.get("/rest/V1/products/attributes?searchCriteria=&fields=total_count", token: token).json?["total_count"]?.jsonString
            // What my-magento sends before an attribute update.
            #expect(try await count("position", "gteq", "0") == all)
            #expect(try await count("attribute_set_id", "eq", "4") == all)
            #expect(try await count("attribute_set_id", "eq", "999") == "0")
            _ = try await session.send(.post, "/rest/V1/products/attributes", token: token, body: #"{"attribute":{"attribute_code":"fabric","frontend_input":"text","default_frontend_label":"Fabric","is_visible_on_front":"1","is_filterable":true,"position":7}}"#)
            #expect(try await count("is_visible_on_front", "eq", "1") == "1")
            #expect(try await count("is_filterable", "eq", "1") != "0")
            #expect(try await count("position", "eq", "7") == "1")
            let bad = try await session.get("/rest/V1/products/attributes?searchCriteria[filterGroups][0][filters][0][field]=nope&searchCriteria[filterGroups][0][filters][0][value]=1", token: token)
            #expect(bad.status == .badRequest)
            #expect(bad.text == #"{"message":"Invalid attribute identifier for filter (%1)","parameters":["nope"]}"#)
        }
    }
}
