import CommerceDomain
import CommerceStorage
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("searchCriteria through a real list endpoint")
struct SearchCriteriaEndpointTests {
    /// An app whose outbox holds the bootstrap admin's event plus `users` more `admin_user.created` events.
    func app(users: Int = 4) async throws -> TestApp {
        let app = try await TestApp.make()
        for index in 1...users {
            _ = try await app.magpie.storage.adminUsers.create(NewAdminUser(
                username: "user\(index)", email: "user\(index)@example.com", firstName: "U", lastName: "\(index)",
                passwordHash: "x"
            ))
        }
        return app
    }

    static let adminCreated = "searchCriteria[filter_groups][0][filters][0][field]=event_type&searchCriteria[filter_groups][0][filters][0][value]=admin_user.created"

    func ids(_ reply: TestReply) -> [String] {
        reply.json?["items"]?.arrayValue?.compactMap { $0["entity_id"]?.stringValue } ?? []
    }

    @Test("searchCriteria is required")
    func required() async throws {
        try await app(users: 1).run { session in
            let reply = try await session.get("/rest/V1/events/search", token: try await session.adminToken())
            #expect(reply.status == .badRequest)
            #expect(reply.text == #"{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"searchCriteria"}}"#)
        }
    }

    @Test("a bare searchCriteria= or search_criteria=0 means no criteria", arguments: ["searchCriteria=", "search_criteria=0", "searchCriteria"])
    func empty(query: String) async throws {
        try await app(users: 2).run { session in
            let reply = try await session.get("/rest/V1/events/search?\(query)", token: try await session.adminToken())
            #expect(reply.status == .ok)
            #expect(reply.json?["search_criteria"] == .object(JSONObject([("filter_groups", .array([]))])))
            #expect(reply.json?.objectValue?.keys == ["items", "search_criteria", "total_count"])
        }
    }

    @Test("filters, sort and paging work in snake_case, with the envelope echoed")
    func snakeCase() async throws {
        try await app().run { session in
            let query = Self.adminCreated + "&searchCriteria[sort_orders][0][field]=event_id&searchCriteria[sort_orders][0][direction]=asc&searchCriteria[page_size]=2&searchCriteria[current_page]=2"
            let reply = try await session.get("/rest/V1/events/search?\(query)", token: try await session.adminToken())
            #expect(reply.status == .ok)
            #expect(ids(reply) == ["3", "4"])
            #expect(reply.json?["total_count"] == .number("5"))
            #expect(reply.text.contains(#""search_criteria":{"filter_groups":[{"filters":[{"field":"event_type","value":"admin_user.created"}]}],"sort_orders":[{"field":"event_id","direction":"ASC"}],"page_size":2,"current_page":2}"#))
        }
    }

    @Test("camelCase keys and percent-encoded brackets are read the same way")
    func camelCaseEncoded() async throws {
        try await app().run { session in
            let query = "searchCriteria%5BfilterGroups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=entity_id&searchCriteria%5BfilterGroups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=2,4&searchCriteria%5BfilterGroups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5BconditionType%5D=in&searchCriteria%5BsortOrders%5D%5B0%5D%5Bfield%5D=event_id&searchCriteria%5BsortOrders%5D%5B0%5D%5Bdirection%5D=DESC&searchCriteria%5BfilterGroups%5D%5B1%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=entity_type&searchCriteria%5BfilterGroups%5D%5B1%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=admin_user"
            let reply = try await session.get("/rest/V1/events/search?\(query)", token: try await session.adminToken())
            #expect(reply.status == .ok)
            #expect(ids(reply) == ["4", "2"])
        }
    }

    @Test("filters in one group are ORed and groups are ANDed")
    func orAndAnd() async throws {
        try await app().run { session in
            let query = "searchCriteria[filter_groups][0][filters][0][field]=entity_id&searchCriteria[filter_groups][0][filters][0][value]=1&searchCriteria[filter_groups][0][filters][1][field]=entity_id&searchCriteria[filter_groups][0][filters][1][value]=3&searchCriteria[filter_groups][1][filters][0][field]=event_type&searchCriteria[filter_groups][1][filters][0][value]=admin_user.created&searchCriteria[sort_orders][0][field]=event_id&searchCriteria[sort_orders][0][direction]=ASC"
            let reply = try await session.get("/rest/V1/events/search?\(query)", token: try await session.adminToken())
            #expect(ids(reply) == ["1", "3"])
        }
    }

    @Test("a like filter carries its own %, even sent raw")
    func likeRawPercent() async throws {
        try await app().run { session in
            let query = "searchCriteria[filter_groups][0][filters][0][field]=event_type&searchCriteria[filter_groups][0][filters][0][value]=admin%_user%&searchCriteria[filter_groups][0][filters][0][condition_type]=like"
            let reply = try await session.get("/rest/V1/events/search?\(query)", token: try await session.adminToken())
            #expect(reply.status == .ok)
            #expect(reply.json?["total_count"] == .number("5"))
        }
    }

    @Test("a page past the end is empty and keeps the true total (Magento repeats the last page)")
    func pastTheEnd() async throws {
        try await app().run { session in
            let query = Self.adminCreated + "&searchCriteria[page_size]=2&searchCriteria[current_page]=9"
            let reply = try await session.get("/rest/V1/events/search?\(query)", token: try await session.adminToken())
            #expect(ids(reply) == [])
            #expect(reply.json?["total_count"] == .number("5"))
        }
    }

    @Test("a sort order without a direction sorts DESC")
    func defaultDescending() async throws {
        try await app().run { session in
            let query = Self.adminCreated + "&searchCriteria[sort_orders][0][field]=event_id"
            let reply = try await session.get("/rest/V1/events/search?\(query)", token: try await session.adminToken())
            #expect(ids(reply).first == "5")
        }
    }

    @Test("an invalid sort direction is Magento's 400")
    func invalidDirection() async throws {
        try await app(users: 1).run { session in
            let query = "searchCriteria[sort_orders][0][field]=event_id&searchCriteria[sort_orders][0][direction]=up"
            let reply = try await session.get("/rest/V1/events/search?\(query)", token: try await session.adminToken())
            #expect(reply.status == .badRequest)
            #expect(reply.text == #"{"message":"The sort order has to be specified as %1 for ascending order or %2 for descending order.","parameters":["ASC","DESC"]}"#)
        }
    }

    @Test("a field outside the whitelist never reaches SQL")
    func unknownField() async throws {
        try await app(users: 1).run { session in
            let query = "searchCriteria[filter_groups][0][filters][0][field]=payload;DROP&searchCriteria[filter_groups][0][filters][0][value]=x"
            let reply = try await session.get("/rest/V1/events/search?\(query)", token: try await session.adminToken())
            #expect(reply.status == .badRequest)
            #expect(reply.text == #"{"message":"Invalid attribute identifier for filter (%1)","parameters":["payload;DROP"]}"#)
        }
    }

    @Test("sparse filter indices are read in order")
    func sparseIndices() async throws {
        try await app().run { session in
            let query = "searchCriteria[filter_groups][3][filters][7][field]=entity_id&searchCriteria[filter_groups][3][filters][7][value]=2&searchCriteria[filter_groups][1][filters][5][field]=entity_type&searchCriteria[filter_groups][1][filters][5][value]=admin_user"
            let reply = try await session.get("/rest/V1/events/search?\(query)", token: try await session.adminToken())
            #expect(ids(reply) == ["2"])
        }
    }
}
