import HTTPTypes
import MagentoWire
import Testing

@Suite("GraphQL GET response cache")
struct ResponseCacheTests {
    static let query = #"{ products(filter: {sku: {eq: "MG-000001"}}) { items { name } } }"#
    static let status = HTTPField.Name("X-Magpie-Cache")!

    @Test("a repeated GET is answered from the cache until a REST write changes the catalog")
    func invalidatedByWrites() async throws {
        try await GraphQLTestApp.withCatalog().run { session in
            let first = try await session.get(Self.query)
            #expect(first.headers[Self.status] == nil)
            let again = try await session.get(Self.query)
            #expect(again.headers[Self.status] == "HIT")
            #expect(again.text == first.text)
            #expect(again.cacheId == first.cacheId)
            let token = try await session.raw(.post, "/rest/V1/integration/admin/token", body: #"{"username":"admin","password":"magpie-test-123"}"#)
            let admin = token.json?.stringValue ?? ""
            let saved = try await session.raw(
                .put, "/rest/V1/products/MG-000001", body: #"{"product":{"sku":"MG-000001","name":"Renamed Bag"}}"#,
                headers: ["Authorization": "Bearer \(admin)"]
            )
            #expect(saved.status == .ok)
            let after = try await session.get(Self.query)
            #expect(after.headers[Self.status] == nil)
            #expect(after.text == #"{"data":{"products":{"items":[{"name":"Renamed Bag"}]}}}"#)
        }
    }

    @Test("POST, other stores and answers with errors are not served from the cache")
    func onlyCacheableGets() async throws {
        try await GraphQLTestApp.withCatalog().run { session in
            _ = try await session.post(Self.query)
            #expect(try await session.post(Self.query).headers[Self.status] == nil)
            _ = try await session.get(Self.query)
            #expect(try await session.get(Self.query, headers: ["Store": "fr"]).headers[Self.status] == nil)
            _ = try await session.get(#"{ country(id: "QQ") { id } }"#)
            #expect(try await session.get(#"{ country(id: "QQ") { id } }"#).headers[Self.status] == nil)
        }
    }
}

@Suite("GraphQL GET response cache, single flight")
struct ResponseCacheSingleFlightTests {
    @Test("concurrent identical GETs on a cold key compute the answer once and share it")
    func coldKeyComputedOnce() async throws {
        try await GraphQLTestApp.withCatalog().run { session in
            let query = #"{ products(filter: {category_id: {eq: "3"}}, pageSize: 20) { total_count items { sku } aggregations { attribute_code } } }"#
            let replies = try await withThrowingTaskGroup(of: GraphQLReply.self) { group in
                for _ in 0..<8 { group.addTask { try await session.get(query) } }
                return try await group.reduce(into: [GraphQLReply]()) { $0.append($1) }
            }
            #expect(replies.count == 8)
            #expect(replies.filter { $0.headers[ResponseCacheTests.status] == nil }.count == 1)
            #expect(Set(replies.map(\.text)).count == 1)
            #expect(replies.allSatisfy { $0.errors.isEmpty && $0.status == .ok })
        }
    }
}

@Suite("GraphQL GET response cache, shared version reads")
struct ResponseCacheVersionTests {
    @Test("GETs sent after a write see it, even while other GETs share the version reads")
    func readsAfterWriteUnderLoad() async throws {
        try await GraphQLTestApp.withCatalog().run { session in
            let query = ResponseCacheTests.query
            _ = try await session.get(query)
            let admin = try await session.adminToken()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<12 { group.addTask { _ = try await session.get(query) } }
                group.addTask {
                    let saved = try await session.rest(.put, "/rest/V1/products/MG-000001", token: admin, body: #"{"product":{"sku":"MG-000001","name":"Renamed Bag"}}"#)
                    #expect(saved.status == .ok)
                }
                try await group.waitForAll()
            }
            let after = try await withThrowingTaskGroup(of: GraphQLReply.self) { group in
                for _ in 0..<12 { group.addTask { try await session.get(query) } }
                return try await group.reduce(into: [GraphQLReply]()) { $0.append($1) }
            }
            #expect(after.count == 12)
            #expect(after.allSatisfy { $0.text == #"{"data":{"products":{"items":[{"name":"Renamed Bag"}]}}}"# })
        }
    }
}
