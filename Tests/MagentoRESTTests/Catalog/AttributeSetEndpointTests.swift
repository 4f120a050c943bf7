import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

@Suite("Attribute set endpoints")
struct AttributeSetEndpointTests {
    @Test("the default set 4 is listed on both the catalog and the EAV routes")
    func defaultSet() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let list = try await session.get("/rest/V1/products/attribute-sets/sets/list?searchCriteria=", token: token)
            #expect(list.text == #"{"items":[{"attribute_set_id":4,"attribute_set_name":"Default","sort_order":2,"entity_type_id":4}],"search_criteria":{"filter_groups":[]},"total_count":1}"#)
            let eav = try await session.get("/rest/V1/eav/attribute-sets/4", token: token)
            #expect(eav.text == #"{"attribute_set_id":4,"attribute_set_name":"Default","sort_order":2,"entity_type_id":4}"#)
            let attributes = try await session.get("/rest/V1/products/attribute-sets/4/attributes?fields=attribute_code", token: token)
            #expect(attributes.text.hasPrefix(#"[{"attribute_code":"name"},{"attribute_code":"sku"},{"attribute_code":"description"}"#))
            let missing = try await session.get("/rest/V1/products/attribute-sets/99", token: token)
            #expect(missing.status == .notFound)
            #expect(missing.text == #"{"message":"No such entity with %fieldName = %fieldValue","parameters":{"fieldName":"id","fieldValue":"99"}}"#)
        }
    }

    @Test("create from a skeleton copies groups and attributes; assign, unassign, groups, delete")
    func lifecycle() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let created = try await session.send(.post, "/rest/V1/products/attribute-sets", token: token, body: #"{"attributeSet":{"attribute_set_name":"Bags","sort_order":3},"skeletonId":4}"#)
            #expect(created.text == #"{"attribute_set_id":5,"attribute_set_name":"Bags","sort_order":3,"entity_type_id":4}"#)
            let duplicate = try await session.send(.post, "/rest/V1/eav/attribute-sets", token: token, body: #"{"entityTypeCode":"catalog_product","attributeSet":{"attribute_set_name":"Bags"},"skeletonId":4}"#)
            #expect(duplicate.status == .badRequest)
            #expect(duplicate.text == #"{"message":"An attribute set named \"%1\" already exists.","parameters":["Bags"]}"#)
            let groups = try await session.get("/rest/V1/products/attribute-sets/groups/list?searchCriteria[filterGroups][0][filters][0][field]=attribute_set_id&searchCriteria[filterGroups][0][filters][0][value]=5&fields=total_count", token: token)
            #expect(groups.text == #"{"total_count":5}"#)
            let group = try await session.send(.post, "/rest/V1/products/attribute-sets/groups", token: token, body: #"{"group":{"attribute_group_name":"Bag Specs","attribute_set_id":5}}"#)
            #expect(group.text == #"{"attribute_group_id":"17","attribute_group_name":"Bag Specs","attribute_set_id":5}"#)
            _ = try await session.send(.post, "/rest/V1/products/attributes", token: token, body: #"{"attribute":{"attribute_code":"strap","frontend_input":"text","default_frontend_label":"Strap"}}"#)
            let assigned = try await session.send(.post, "/rest/V1/products/attribute-sets/attributes", token: token, body: #"{"attributeSetId":5,"attributeGroupId":17,"attributeCode":"strap","sortOrder":1}"#)
            #expect(assigned.status == .ok)
            let unassigned = try await session.send(.delete, "/rest/V1/products/attribute-sets/5/attributes/strap", token: token)
            #expect(unassigned.text == "true")
            let renamed = try await session.send(.put, "/rest/V1/products/attribute-sets/5", token: token, body: #"{"attributeSet":{"attribute_set_name":"Luggage"}}"#)
            #expect(renamed.text == #"{"attribute_set_id":5,"attribute_set_name":"Luggage","sort_order":3,"entity_type_id":4}"#)
            let deleted = try await session.send(.delete, "/rest/V1/products/attribute-sets/5", token: token)
            #expect(deleted.text == "true")
            let defaultSet = try await session.send(.delete, "/rest/V1/products/attribute-sets/4", token: token)
            #expect(defaultSet.status == .badRequest)
            #expect(defaultSet.text == #"{"message":"The default attribute set can't be deleted."}"#)
        }
    }
}
