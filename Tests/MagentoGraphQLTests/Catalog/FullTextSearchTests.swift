import HTTPTypes
import MagentoWire
import Testing

/// `products(search:)` over the full-text index (FTS5 on SQLite, tsvector on PostgreSQL), kept
/// current by the write paths REST uses.
@Suite("GraphQL full-text product search")
struct FullTextSearchTests {
    static let skus = "{ total_count items { sku } }"

    /// Four products: the word "backpack" in one's name, one's SKU, one's description, none in the last.
    static func catalog(_ session: GraphQLSession) async throws -> String {
        let token = try await session.adminToken()
        for (sku, name, description) in [
            ("ALP-1", "Alpine Backpack", "Made for hiking"),
            ("BACKPACK-BOOT", "Hiking Boot", "Waterproof leather"),
            ("BOTTLE-3", "Water Bottle", "Fits any backpack side pocket"),
            ("LAMP-4", "Desk Lamp", "Bright & warm \"light\""),
        ] {
            let reply = try await session.rest(.post, "/rest/V1/products", token: token, body: """
                {"product":{"sku":"\(sku)","name":"\(name)","price":10,"type_id":"simple","attribute_set_id":4,"visibility":4,
                "custom_attributes":[{"attribute_code":"description","value":\(quoted(description))}]}}
                """)
            #expect(reply.status == .ok, "\(sku): \(reply.text)")
        }
        return token
    }

    static func search(_ session: GraphQLSession, _ text: String) async throws -> GraphQLReply {
        try await session.post("query($q: String) { products(search: $q) \(skus) }", variables: #"{"q":\#(quoted(text))}"#)
    }

    static func quoted(_ text: String) -> String {
        String(decoding: JSONValue.string(text).serialized(), as: UTF8.self)
    }

    static func answer(_ skus: [String]) -> String {
        #"{"data":{"products":{"total_count":\#(skus.count),"items":["# + skus.map { #"{"sku":"\#($0)"}"# }.joined(separator: ",") + "]}}}"
    }

    @Test("a name hit ranks above a SKU hit above a description hit", arguments: CartEngine.all)
    func ranking(engine: CartEngine) async throws {
        try await GraphQLTestApp.run(on: engine) { session in
            _ = try await Self.catalog(session)
            #expect(try await Self.search(session, "backpack").text == Self.answer(["ALP-1", "BACKPACK-BOOT", "BOTTLE-3"]))
            #expect(try await Self.search(session, "BACKPACK").text == Self.answer(["ALP-1", "BACKPACK-BOOT", "BOTTLE-3"]))
        }
    }

    @Test("words match by prefix, and every word must match", arguments: CartEngine.all)
    func prefixes(engine: CartEngine) async throws {
        try await GraphQLTestApp.run(on: engine) { session in
            _ = try await Self.catalog(session)
            #expect(try await Self.search(session, "back").text == Self.answer(["ALP-1", "BACKPACK-BOOT", "BOTTLE-3"]))
            #expect(try await Self.search(session, "hik").text == Self.answer(["BACKPACK-BOOT", "ALP-1"]))
            #expect(try await Self.search(session, "alp back").text == Self.answer(["ALP-1"]))
            #expect(try await Self.search(session, "lamp-4").text == Self.answer(["LAMP-4"]))
            #expect(try await Self.search(session, "ack").text == Self.answer([]))
        }
    }

    @Test("no match, and punctuation or query syntax in the text, answer an empty page, not an error", arguments: CartEngine.all)
    func noResultsAndSyntax(engine: CartEngine) async throws {
        try await GraphQLTestApp.run(on: engine) { session in
            _ = try await Self.catalog(session)
            #expect(try await Self.search(session, "zebra").text == Self.answer([]))
            for text in ["!!!", "\"", "*", "back\" OR \"lamp", "(back", "back:*", "NEAR(back lamp)", "' & | !", "\\", "%_"] {
                let reply = try await Self.search(session, text)
                #expect(reply.status == .ok && reply.errors.isEmpty, "\(text): \(reply.text)")
            }
            #expect(try await Self.search(session, "back\" OR \"lamp").text == Self.answer([]))
            #expect(try await Self.search(session, "\"light\"").text == Self.answer(["LAMP-4"]))
            #expect(try await Self.search(session, "warm & bright").text == Self.answer(["LAMP-4"]))
            #expect(try await Self.search(session, "!!!").text == Self.answer([]))
        }
    }

    @Test("the index follows saves, store-view values and deletes", arguments: CartEngine.all)
    func keptCurrent(engine: CartEngine) async throws {
        try await GraphQLTestApp.run(on: engine) { session in
            let token = try await Self.catalog(session)
            let renamed = try await session.rest(.put, "/rest/all/V1/products/LAMP-4", token: token, body: #"{"product":{"sku":"LAMP-4","name":"Reading Lamp"}}"#)
            #expect(renamed.status == .ok, "\(renamed.text)")
            #expect(try await Self.search(session, "reading").text == Self.answer(["LAMP-4"]))
            #expect(try await Self.search(session, "desk").text == Self.answer([]))

            let viewName = try await session.rest(.put, "/rest/default/V1/products/BOTTLE-3", token: token, body: #"{"product":{"sku":"BOTTLE-3","name":"Rucksack Flask"}}"#)
            #expect(viewName.status == .ok, "\(viewName.text)")
            #expect(try await Self.search(session, "rucksack").text == Self.answer(["BOTTLE-3"]))
            #expect(try await Self.search(session, "water").text == Self.answer(["BACKPACK-BOOT"]))
            #expect(try await Self.search(session, "pocket").text == Self.answer(["BOTTLE-3"]))

            let deleted = try await session.rest(.delete, "/rest/V1/products/ALP-1", token: token)
            #expect(deleted.status == .ok, "\(deleted.text)")
            #expect(try await Self.search(session, "alpine").text == Self.answer([]))
            #expect(try await Self.search(session, "backpack").text == Self.answer(["BACKPACK-BOOT", "BOTTLE-3"]))
        }
    }
}
