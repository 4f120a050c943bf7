import CommerceDomain
import CommerceStorage
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("Store endpoints")
struct StoreEndpointTests {
    @Test("websites include the admin website, exactly as Magento shapes them")
    func websites() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/store/websites", token: try await session.adminToken())
            #expect(reply.status == .ok)
            #expect(reply.text == #"[{"id":0,"code":"admin","name":"Admin","default_group_id":0},{"id":1,"code":"base","name":"Main Website","default_group_id":1}]"#)
        }
    }

    @Test("store groups list the admin and main groups")
    func groups() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/store/storeGroups", token: try await session.adminToken())
            #expect(reply.text == #"[{"id":0,"website_id":0,"root_category_id":0,"default_store_id":0,"name":"Default","code":"default"},{"id":1,"website_id":1,"root_category_id":2,"default_store_id":1,"name":"Main Website Store","code":"main_website_store"}]"#)
        }
    }

    @Test("store views carry exactly id, code, name, website_id, store_group_id, is_active")
    func views() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/store/storeViews", token: try await session.adminToken())
            #expect(reply.text == #"[{"id":0,"code":"admin","name":"Admin","website_id":0,"store_group_id":0,"is_active":1},{"id":1,"code":"default","name":"Default Store View","website_id":1,"store_group_id":1,"is_active":1},{"id":2,"code":"fr","name":"French Store View","website_id":1,"store_group_id":1,"is_active":1}]"#)
        }
    }

    @Test("store configs default to every view but admin, with base URLs filled in")
    func configsAll() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/store/storeConfigs", token: try await session.adminToken())
            #expect(reply.status == .ok)
            #expect(reply.text.hasPrefix(#"[{"id":1,"code":"default","website_id":1,"locale":"en_US","base_currency_code":"USD","default_display_currency_code":"USD","timezone":"UTC","weight_unit":"lbs","base_url":"http://magpie.test/","base_link_url":"http://magpie.test/","base_static_url":"http://magpie.test/static/","base_media_url":"http://magpie.test/media/","secure_base_url":"http://magpie.test/","secure_base_link_url":"http://magpie.test/","secure_base_static_url":"http://magpie.test/static/","secure_base_media_url":"http://magpie.test/media/"},{"id":2,"code":"fr","website_id":1,"locale":"fr_FR","base_currency_code":"USD","default_display_currency_code":"EUR""#))
            #expect(reply.json?.arrayValue?.count == 2)
        }
    }

    @Test("storeCodes[] selects views; unknown codes are dropped")
    func configsByCode() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let fr = try await session.get("/rest/V1/store/storeConfigs?storeCodes[]=fr&storeCodes[]=nope", token: token)
            #expect(fr.json?.arrayValue?.count == 1)
            #expect(fr.json?.arrayValue?.first?["code"] == .string("fr"))
            let encoded = try await session.get("/rest/V1/store/storeConfigs?storeCodes%5B%5D=default", token: token)
            #expect(encoded.json?.arrayValue?.first?["code"] == .string("default"))
        }
    }
}

@Suite("GET /V1/analytics/link")
struct AnalyticsLinkEndpointTests {
    @Test("a store without an Advanced Reporting subscription has no report file, as Magento answers")
    func notReady() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let reply = try await session.get("/rest/V1/analytics/link", token: token)
            #expect(reply.status == .notFound)
            #expect(reply.text == #"{"message":"File is not ready yet."}"#)
            let anonymous = try await session.get("/rest/V1/analytics/link")
            #expect(anonymous.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Analytics::analytics_api"}}"#)
        }
    }
}
