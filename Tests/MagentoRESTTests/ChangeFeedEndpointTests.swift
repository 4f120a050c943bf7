import CommerceDomain
import CommerceStorage
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("The change feed")
struct ChangeFeedEndpointTests {
    func ids(_ reply: TestReply) -> [String] {
        reply.json?["items"]?.arrayValue?.compactMap { $0["event_id"]?.numberText } ?? []
    }

    @Test("events come in commit order with a cursor; following it never repeats or skips")
    func cursorPaging() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            for code in ["a", "b", "c"] {
                _ = try await session.send(.post, "/rest/V1/inventory/sources", token: token, body: #"{"source":{"source_code":"\#(code)","name":"N","country_id":"DE","postcode":"1"}}"#)
            }
            let all = try await session.get("/rest/V1/events?limit=1000", token: token)
            let everything = ids(all)
            #expect(everything == everything.sorted { Int($0)! < Int($1)! })
            var seen: [String] = []
            var cursor = "0"
            while true {
                let page = try await session.get("/rest/V1/events?after=\(cursor)&limit=2", token: token)
                seen += ids(page)
                cursor = page.json?["next_cursor"]?.stringValue ?? cursor
                if page.json?["has_more"] != .bool(true) { break }
            }
            #expect(seen == everything)
            let end = try await session.get("/rest/V1/events?after=\(cursor)", token: token)
            #expect(end.text == #"{"items":[],"next_cursor":"\#(cursor)","has_more":false}"#)
        }
    }

    @Test("types filters by exact type or prefix pattern, and payloads are objects")
    func types() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/inventory/sources", token: token, body: #"{"source":{"source_code":"eu","name":"EU","country_id":"DE","postcode":"1"}}"#)
            let sources = try await session.get("/rest/V1/events?types=inventory_*", token: token)
            let items = sources.json?["items"]?.arrayValue ?? []
            #expect(items.count == 1)
            #expect(items.first?["event_type"] == .string("inventory_source.saved"))
            #expect(items.first?["payload"]?["source_code"] == .string("eu"))
            let exact = try await session.get("/rest/V1/events?types=store.created,admin_user.created", token: token)
            #expect(exact.json?["items"]?.arrayValue?.compactMap { $0["event_type"]?.stringValue } == ["store.created", "admin_user.created"])
        }
    }

    @Test("the feed is for admins only")
    func guests() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/events")
            #expect(reply.status == .unauthorized)
        }
    }
}
