import HTTPTypes
import HummingbirdTesting
import MagentoWire
import Testing

@Suite("CMS page endpoints")
struct CmsPageEndpointTests {
    static let stored = #"{"id":1,"identifier":"about-us","title":"About us","page_layout":"1column","content":"<p>Hi</p>","creation_time":"2026-09-21 14:13:20","update_time":"2026-09-21 14:13:20","active":true,"store_id":[1]}"#

    @Test("a page is created, read, searched, partly updated through PUT and deleted")
    func lifecycle() async throws {
        try await TestApp.withoutDemo().run { session in
            let token = try await session.adminToken()
            let created = try await session.send(.post, "/rest/V1/cmsPage", token: token, body: #"{"page":{"identifier":"about-us","title":"About us","page_layout":"1column","content":"<p>Hi</p>","store_id":[1]}}"#)
            #expect(created.status == .ok)
            #expect(created.text == Self.stored)
            #expect(try await session.get("/rest/V1/cmsPage/1", token: token).text == Self.stored)
            let list = try await session.get("/rest/V1/cmsPage/search?searchCriteria[filterGroups][0][filters][0][field]=identifier&searchCriteria[filterGroups][0][filters][0][value]=about-us", token: token)
            #expect(list.text == #"{"items":[\#(Self.stored)],"search_criteria":{"filter_groups":[{"filters":[{"field":"identifier","value":"about-us"}]}]},"total_count":1}"#)
            let updated = try await session.send(.put, "/rest/V1/cmsPage/1", token: token, body: #"{"page":{"identifier":"about","title":"About","active":false}}"#)
            #expect(updated.text == #"{"id":1,"identifier":"about","title":"About","page_layout":"1column","content":"<p>Hi</p>","creation_time":"2026-09-21 14:13:20","update_time":"2026-09-21 14:13:20","active":false,"store_id":[1]}"#)
            #expect(try await session.send(.delete, "/rest/V1/cmsPage/1", token: token).text == "true")
            let gone = try await session.get("/rest/V1/cmsPage/1", token: token)
            #expect(gone.status == .notFound)
            #expect(gone.text == #"{"message":"The CMS page with the \"%1\" ID doesn't exist.","parameters":["1"]}"#)
        }
    }

    @Test("an identifier taken in an overlapping store view, or malformed, is refused with Magento's wrapped message")
    func conflicts() async throws {
        try await TestApp.withoutDemo().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/cmsPage", token: token, body: #"{"page":{"identifier":"home","title":"Home","store_id":[1]}}"#)
            let otherStore = try await session.send(.post, "/rest/V1/cmsPage", token: token, body: #"{"page":{"identifier":"home","title":"Home 2","store_id":[2]}}"#)
            #expect(otherStore.status == .ok)
            let everywhere = try await session.send(.post, "/rest/V1/cmsPage", token: token, body: #"{"page":{"identifier":"home","title":"Home 3","store_id":[0]}}"#)
            #expect(everywhere.status == .badRequest)
            #expect(everywhere.text == #"{"message":"Could not save the page: %1","parameters":["A page URL key for specified store already exists."]}"#)
            let capitals = try await session.send(.post, "/rest/V1/cmsPage", token: token, body: #"{"page":{"identifier":"Home Page","title":"x"}}"#)
            #expect(capitals.text == #"{"message":"Could not save the page: %1","parameters":["The page URL key can't use capital letters or disallowed symbols. Remove the letters and symbols and try again."]}"#)
            let numbers = try await session.send(.post, "/rest/V1/cmsPage", token: token, body: #"{"page":{"identifier":"404","title":"x"}}"#)
            #expect(numbers.text == #"{"message":"Could not save the page: %1","parameters":["The page URL key can't use only numbers. Add letters or words and try again."]}"#)
        }
    }

    @Test("CMS page routes need Magento_Cms::page")
    func unauthorized() async throws {
        try await TestApp.withoutDemo().run { session in
            let reply = try await session.get("/rest/V1/cmsPage/1")
            #expect(reply.status == .unauthorized)
            #expect(reply.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Cms::page"}}"#)
        }
    }
}
