import HTTPTypes
import MagentoWire
import Testing

@Suite("GraphQL categories")
struct CategoryQueryTests {
    @Test("categories without filters is the store's root; children nest to any depth with breadcrumbs")
    func tree() async throws {
        try await GraphQLTestApp.withCatalog().run { session in
            let reply = try await session.post("""
            { categories { total_count items { uid name level children { name url_path children { name url_path level
              breadcrumbs { category_name category_url_path category_level } } } } } }
            """)
            let root = try #require(reply.data?["categories"]?["items"]?.arrayValue?.first)
            #expect(root["uid"] == "Mg==")
            let men = try #require(root["children"]?.arrayValue?.first { $0["name"] == "Men" })
            #expect(men["url_path"] == "men")
            #expect(men["children"]?.arrayValue?.first == [
                "name": "Tops", "url_path": "men/tops", "level": 3,
                "breadcrumbs": [["category_name": "Men", "category_url_path": "men", "category_level": 2]],
            ])
        }
    }

    @Test("categories filtered by url_path and by parent; categoryList and category answer the same tree")
    func filters() async throws {
        try await GraphQLTestApp.withCatalog().run { session in
            let reply = try await session.post("""
            { byPath: categories(filters: {url_path: {eq: "women/tops"}}) { items { name url_key product_count } total_count }
              list: categoryList(filters: {url_key: {eq: "gear"}}) { name include_in_menu is_anchor children_count }
              one: category(id: 2) { id level }
              missing: category(id: 999) { id } }
            """)
            #expect(reply.data?["byPath"]?["total_count"] == 1)
            #expect(reply.data?["byPath"]?["items"]?.arrayValue?.first?["name"] == "Tops")
            #expect((Int(reply.data?["byPath"]?["items"]?.arrayValue?.first?["product_count"]?.numberText ?? "") ?? 0) > 0)
            #expect(reply.data?["list"] == [["name": "Gear", "include_in_menu": 1, "is_anchor": 1, "children_count": "3"]])
            #expect(reply.data?["one"] == ["id": 2, "level": 1])
            #expect(reply.errors.first == [
                "message": "Category doesn't exist", "extensions": ["category": "graphql-no-such-entity"],
                "locations": [["line": 4, "column": 3]], "path": ["missing"],
            ])
        }
    }

    @Test("a category's products are its anchor subtree's products")
    func categoryProducts() async throws {
        try await GraphQLTestApp.withCatalog().run { session in
            let reply = try await session.post("""
            { categories(filters: {url_path: {eq: "men"}}) { items { product_count products(pageSize: 2) { total_count items { sku } } } } }
            """)
            let men = try #require(reply.data?["categories"]?["items"]?.arrayValue?.first)
            #expect(men["products"]?["items"]?.arrayValue?.count == 2)
            #expect((Int(men["products"]?["total_count"]?.numberText ?? "") ?? 0) > 0)
        }
    }
}
