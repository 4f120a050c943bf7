import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

@Suite("Category endpoints")
struct CategoryEndpointTests {
    @Test("create answers the whole category; the tree nests children_data under the store root")
    func createAndTree() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let gear = try await session.send(.post, "/rest/V1/categories", token: token, body: #"{"category":{"name":"Gear","is_active":true}}"#)
            #expect(gear.status == .ok)
            #expect(gear.text == #"{"id":3,"parent_id":2,"name":"Gear","is_active":true,"position":1,"level":2,"children":"","created_at":"2026-09-21 14:13:20","updated_at":"2026-09-21 14:13:20","path":"1/2/3","available_sort_by":[],"include_in_menu":true,"custom_attributes":[{"attribute_code":"url_key","value":"gear"},{"attribute_code":"path","value":"1/2/3"},{"attribute_code":"children_count","value":"0"}]}"#)
            _ = try await session.send(.post, "/rest/V1/categories", token: token, body: #"{"category":{"name":"Bags","parent_id":3}}"#)
            let tree = try await session.get("/rest/V1/categories", token: token)
            #expect(tree.text == #"{"id":2,"parent_id":1,"name":"Default Category","is_active":true,"position":1,"level":1,"product_count":0,"children_data":[{"id":3,"parent_id":2,"name":"Gear","is_active":true,"position":1,"level":2,"product_count":0,"children_data":[{"id":4,"parent_id":3,"name":"Bags","is_active":true,"position":1,"level":3,"product_count":0,"children_data":[]}]}]}"#)
            let shallow = try await session.get("/rest/V1/categories?rootCategoryId=2&depth=1&fields=children_data[id,children_data]", token: token)
            #expect(shallow.text == #"{"children_data":[{"id":3,"children_data":[]}]}"#)
            let all = try await session.get("/rest/all/V1/categories?fields=id,name", token: token)
            #expect(all.text == #"{"id":1,"name":"Root Catalog"}"#)
            let parent = try await session.get("/rest/V1/categories/3?fields=children,custom_attributes", token: token)
            #expect(parent.text == #"{"children":"4","custom_attributes":[{"attribute_code":"url_key","value":"gear"},{"attribute_code":"path","value":"1/2/3"},{"attribute_code":"children_count","value":"1"}]}"#)
        }
    }

    @Test("missing categories and names get Magento's errors; roots cannot be deleted")
    func errors() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let missing = try await session.get("/rest/V1/categories/99", token: token)
            #expect(missing.status == .notFound)
            #expect(missing.text == #"{"message":"No such entity with %fieldName = %fieldValue","parameters":{"fieldName":"id","fieldValue":"99"}}"#)
            let noName = try await session.send(.post, "/rest/V1/categories", token: token, body: #"{"category":{"is_active":true}}"#)
            #expect(noName.status == .badRequest)
            #expect(noName.text == #"{"message":"The \"%1\" attribute is required. Enter and try again.","parameters":["Name"]}"#)
            let root = try await session.send(.delete, "/rest/V1/categories/2", token: token)
            #expect(root.status == .badRequest)
            #expect(root.text == #"{"message":"Cannot delete category with id %1","parameters":["2"]}"#)
        }
    }

    @Test("PUT updates, move re-parents the subtree, DELETE removes it")
    func updateMoveDelete() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            for body in [#"{"category":{"name":"Gear"}}"#, #"{"category":{"name":"Bags","parent_id":3}}"#, #"{"category":{"name":"Totes","parent_id":4}}"#, #"{"category":{"name":"Men"}}"#] {
                _ = try await session.send(.post, "/rest/V1/categories", token: token, body: body)
            }
            let renamed = try await session.send(.put, "/rest/V1/categories/3", token: token, body: #"{"category":{"name":"All Gear","is_active":false}}"#)
            #expect(renamed.status == .ok)
            let moved = try await session.send(.put, "/rest/V1/categories/4/move", token: token, body: #"{"parentId":6}"#)
            #expect(moved.text == "true")
            let totes = try await session.get("/rest/V1/categories/5?fields=parent_id,level,path", token: token)
            #expect(totes.text == #"{"parent_id":4,"level":4,"path":"1/2/6/4/5"}"#)
            let loop = try await session.send(.put, "/rest/V1/categories/6/move", token: token, body: #"{"parentId":5}"#)
            #expect(loop.status == .badRequest)
            #expect(loop.text == #"{"message":"Operation do not allow to move a parent category to any of children category"}"#)
            let list = try await session.get("/rest/V1/categories/list?searchCriteria[filterGroups][0][filters][0][field]=is_active&searchCriteria[filterGroups][0][filters][0][value]=0&fields=items[id,name],total_count", token: token)
            #expect(list.text == #"{"items":[{"id":3,"name":"All Gear"}],"total_count":1}"#)
            let deleted = try await session.send(.delete, "/rest/V1/categories/6", token: token)
            #expect(deleted.text == "true")
            let gone = try await session.get("/rest/V1/categories/5", token: token)
            #expect(gone.status == .notFound)
        }
    }

    @Test("product assignments: save with a position, list, remove; the product's updated_at moves")
    func productLinks() async throws {
        let clock = TestClock()
        try await TestApp.make(clock: clock).run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/categories", token: token, body: #"{"category":{"name":"Gear"}}"#)
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"MB-01","name":"Bag","price":1}}"#)
            clock.advance(by: 5)
            let saved = try await session.send(.post, "/rest/V1/categories/3/products", token: token, body: #"{"productLink":{"sku":"mb-01","position":4}}"#)
            #expect(saved.text == "true")
            let listed = try await session.get("/rest/V1/categories/3/products", token: token)
            #expect(listed.text == #"[{"sku":"MB-01","position":4,"category_id":"3"}]"#)
            let product = try await session.get("/rest/V1/products/MB-01?fields=updated_at,extension_attributes[category_links]", token: token)
            #expect(product.text == #"{"updated_at":"2026-09-21 14:13:25","extension_attributes":{"category_links":[{"position":4,"category_id":"3"}]}}"#)
            let unknown = try await session.send(.put, "/rest/V1/categories/3/products", token: token, body: #"{"productLink":{"sku":"NOPE","position":1}}"#)
            #expect(unknown.status == .notFound)
            let removed = try await session.send(.delete, "/rest/V1/categories/3/products/MB-01", token: token)
            #expect(removed.text == "true")
            let empty = try await session.get("/rest/V1/categories/3/products", token: token)
            #expect(empty.text == "[]")
        }
    }
}
