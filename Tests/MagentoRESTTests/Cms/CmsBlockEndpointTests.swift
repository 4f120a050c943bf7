import HTTPTypes
import HummingbirdTesting
import MagentoWire
import Testing

@Suite("CMS block endpoints")
struct CmsBlockEndpointTests {
    @Test("a block is created, updated, listed and deleted")
    func lifecycle() async throws {
        try await TestApp.withoutDemo().run { session in
            let token = try await session.adminToken()
            let created = try await session.send(.post, "/rest/V1/cmsBlock", token: token, body: #"{"block":{"identifier":"footer","title":"Footer","content":"<p>©</p>","store_id":[0]}}"#)
            #expect(created.status == .ok)
            #expect(created.text == #"{"id":1,"identifier":"footer","title":"Footer","content":"<p>©</p>","creation_time":"2026-09-21 14:13:20","update_time":"2026-09-21 14:13:20","active":true,"store_id":[0]}"#)
            let updated = try await session.send(.put, "/rest/V1/cmsBlock/1", token: token, body: #"{"block":{"identifier":"footer","title":"Site footer","active":false,"store_id":[1]}}"#)
            #expect(updated.text == #"{"id":1,"identifier":"footer","title":"Site footer","content":"<p>©</p>","creation_time":"2026-09-21 14:13:20","update_time":"2026-09-21 14:13:20","active":false,"store_id":[1]}"#)
            let list = try await session.get("/rest/V1/cmsBlock/search?searchCriteria[filterGroups][0][filters][0][field]=active&searchCriteria[filterGroups][0][filters][0][value]=0", token: token)
            #expect(list.text == #"{"items":[\#(updated.text)],"search_criteria":{"filter_groups":[{"filters":[{"field":"active","value":"0"}]}]},"total_count":1}"#)
            #expect(try await session.send(.delete, "/rest/V1/cmsBlock/1", token: token).text == "true")
            let gone = try await session.get("/rest/V1/cmsBlock/1", token: token)
            #expect(gone.status == .notFound)
            #expect(gone.text == #"{"message":"The CMS block with the \"%1\" ID doesn't exist.","parameters":["1"]}"#)
        }
    }

    @Test("a block needs an identifier and title, unique per store view")
    func refusals() async throws {
        try await TestApp.withoutDemo().run { session in
            let token = try await session.adminToken()
            let empty = try await session.send(.post, "/rest/V1/cmsBlock", token: token, body: #"{"block":{"content":"x"}}"#)
            #expect(empty.status == .badRequest)
            #expect(empty.text == #"{"message":"One or more input exceptions have occurred.","errors":[{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"identifier"}},{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"title"}}]}"#)
            _ = try await session.send(.post, "/rest/V1/cmsBlock", token: token, body: #"{"block":{"identifier":"footer","title":"Footer","store_id":[1]}}"#)
            let taken = try await session.send(.post, "/rest/V1/cmsBlock", token: token, body: #"{"block":{"identifier":"footer","title":"Footer 2","store_id":[1,2]}}"#)
            #expect(taken.status == .badRequest)
            #expect(taken.text == #"{"message":"A block identifier with the same properties already exists in the selected store."}"#)
        }
    }
}
