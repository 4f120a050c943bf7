import CommerceDomain
import CommerceStorage
import MagentoWire
import MagpieServer
import Testing

@Suite("GraphQL route, urlResolver and CMS")
struct RouteQueryTests {
    @Test("route resolves a product url to its concrete type, a category path, and answers null for unknown urls")
    func route() async throws {
        try await GraphQLTestApp.withCatalog().run { session in
            let query = """
            query($url: String!) { route(url: $url) { __typename relative_url redirect_code type
              ... on ProductInterface { sku } ... on CategoryInterface { name } } }
            """
            let product = try await session.get(query, variables: #"{"url":"joust-hoodie-5.html"}"#)
            #expect(product.text == #"{"data":{"route":{"__typename":"ConfigurableProduct","relative_url":"joust-hoodie-5.html","redirect_code":0,"type":"PRODUCT","sku":"MC-000005"}}}"#)
            let category = try await session.get(query, variables: #"{"url":"/men/tops.html"}"#)
            #expect(category.text == #"{"data":{"route":{"__typename":"CategoryTree","relative_url":"men/tops.html","redirect_code":0,"type":"CATEGORY","name":"Tops"}}}"#)
            let unknown = try await session.get(query, variables: #"{"url":"no-such-page.html"}"#)
            #expect(unknown.text == #"{"data":{"route":null}}"#)
        }
    }

    @Test("urlResolver answers the deprecated EntityUrl shape")
    func urlResolver() async throws {
        try await GraphQLTestApp.withCatalog().run { session in
            let reply = try await session.post(#"{ urlResolver(url: "joust-messenger-bag-1.html") { entity_uid id relative_url redirectCode type } }"#)
            #expect(reply.text == #"{"data":{"urlResolver":{"entity_uid":"MQ==","id":1,"relative_url":"joust-messenger-bag-1.html","redirectCode":0,"type":"PRODUCT"}}}"#)
        }
    }

    @Test("CMS pages by identifier and through route; blocks by identifier; unknown ones are no-such-entity")
    func cms() async throws {
        let app = try await GraphQLTestApp.make()
        let cms = app.magpie.storage.cms
        try await app.run { session in
            _ = try await cms.savePage(CmsPage(identifier: "magpie-story", title: "About us", content: "<p>Hello</p>", storeId: [0]))
            _ = try await cms.saveBlock(CmsBlock(identifier: "footer", title: "Footer", content: "<p>Links</p>"))
            let page = try await session.post(#"{ cmsPage(identifier: "magpie-story") { identifier title content url_key } }"#)
            #expect(page.text == #"{"data":{"cmsPage":{"identifier":"magpie-story","title":"About us","content":"<p>Hello</p>","url_key":"magpie-story"}}}"#)
            let routed = try await session.post(#"{ route(url: "magpie-story") { __typename type ... on CmsPage { title } } }"#)
            #expect(routed.text == #"{"data":{"route":{"__typename":"CmsPage","type":"CMS_PAGE","title":"About us"}}}"#)
            let blocks = try await session.post(#"{ cmsBlocks(identifiers: ["footer"]) { items { identifier title content } } }"#)
            #expect(blocks.text == #"{"data":{"cmsBlocks":{"items":[{"identifier":"footer","title":"Footer","content":"<p>Links</p>"}]}}}"#)
            let missing = try await session.post(#"{ cmsPage(identifier: "nope") { title } }"#)
            #expect(missing.text == #"{"errors":[{"message":"The CMS page with the \"nope\" ID doesn't exist.","extensions":{"category":"graphql-no-such-entity"},"locations":[{"line":1,"column":3}],"path":["cmsPage"]}],"data":{"cmsPage":null}}"#)
        }
    }
}
