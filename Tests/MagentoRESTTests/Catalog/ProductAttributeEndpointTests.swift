import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

@Suite("Product attribute endpoints")
struct ProductAttributeEndpointTests {
    @Test("a standard attribute reads with every flag; unknown codes get Magento's 404")
    func standardAttribute() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let name = try await session.get("/rest/V1/products/attributes/name", token: token)
            #expect(name.status == .ok)
            #expect(name.text == #"{"is_wysiwyg_enabled":false,"is_html_allowed_on_front":false,"used_for_sort_by":true,"is_filterable":false,"is_filterable_in_search":false,"is_used_in_grid":true,"is_visible_in_grid":false,"is_filterable_in_grid":true,"position":0,"apply_to":[],"is_searchable":"1","is_visible_in_advanced_search":"0","is_comparable":"0","is_used_for_promo_rules":"0","is_visible_on_front":"0","used_in_product_listing":"1","is_visible":true,"scope":"store","attribute_id":73,"attribute_code":"name","frontend_input":"text","entity_type_id":"4","is_required":true,"options":[],"is_user_defined":false,"default_frontend_label":"Product Name","frontend_labels":[],"backend_type":"varchar","is_unique":"0","validation_rules":[]}"#)
            let missing = try await session.get("/rest/V1/products/attributes/nope", token: token)
            #expect(missing.status == .notFound)
            #expect(missing.text == #"{"message":"The attribute with a \"%1\" attributeCode doesn't exist. Verify the attribute and try again.","parameters":["nope"]}"#)
        }
    }

    @Test("options list with Magento's blank first; add answers the id as a string; update and delete answer true")
    func options() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let sizes = try await session.get("/rest/V1/products/attributes/size/options", token: token)
            #expect(sizes.text == #"[{"label":" ","value":""},{"label":"XS","value":"11"},{"label":"S","value":"12"},{"label":"M","value":"13"},{"label":"L","value":"14"},{"label":"XL","value":"15"}]"#)
            let added = try await session.send(.post, "/rest/V1/products/attributes/size/options", token: token, body: #"{"option":{"label":"XXL"}}"#)
            #expect(added.text == #""22""#)
            let duplicate = try await session.send(.post, "/rest/V1/products/attributes/size/options", token: token, body: #"{"option":{"label":"XXL"}}"#)
            #expect(duplicate.status == .badRequest)
            #expect(duplicate.text == #"{"message":"Admin store attribute option label \"%1\" is already exists.","parameters":["XXL"]}"#)
            let renamed = try await session.send(.put, "/rest/V1/products/attributes/size/options/22", token: token, body: #"{"option":{"label":"2XL"}}"#)
            #expect(renamed.text == "true")
            let deleted = try await session.send(.delete, "/rest/V1/products/attributes/size/options/11", token: token)
            #expect(deleted.text == "true")
            let after = try await session.get("/rest/V1/products/attributes/size/options", token: token)
            #expect(after.text == #"[{"label":" ","value":""},{"label":"S","value":"12"},{"label":"M","value":"13"},{"label":"L","value":"14"},{"label":"XL","value":"15"},{"label":"2XL","value":"22"}]"#)
            let status = try await session.get("/rest/V1/products/attributes/status/options", token: token)
            #expect(status.text == #"[{"label":"Enabled","value":"1"},{"label":"Disabled","value":"2"}]"#)
            let textOption = try await session.send(.post, "/rest/V1/products/attributes/name/options", token: token, body: #"{"option":{"label":"x"}}"#)
            #expect(textOption.status == .badRequest)
            #expect(textOption.text == #"{"message":"The \"%1\" attribute doesn't work with options.","parameters":["name"]}"#)
            let missingOption = try await session.send(.delete, "/rest/V1/products/attributes/size/options/999", token: token)
            #expect(missingOption.status == .notFound)
        }
    }

    @Test("create, update, search and delete a user-defined attribute; system attributes stay")
    func lifecycle() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let created = try await session.send(.post, "/rest/V1/products/attributes", token: token, body: #"{"attribute":{"attribute_code":"brand","frontend_input":"select","default_frontend_label":"Brand","options":[{"label":"Acme"}]}}"#)
            #expect(created.status == .ok)
            let fields = try await session.get("/rest/V1/products/attributes/brand?fields=attribute_id,attribute_code,backend_type,scope,is_user_defined,options", token: token)
            #expect(fields.text == #"{"scope":"store","attribute_id":200,"attribute_code":"brand","options":[{"label":" ","value":""},{"label":"Acme","value":"22"}],"is_user_defined":true,"backend_type":"int"}"#)
            let again = try await session.send(.post, "/rest/V1/products/attributes", token: token, body: #"{"attribute":{"attribute_code":"brand","frontend_input":"text","default_frontend_label":"Brand"}}"#)
            #expect(again.status == .badRequest)
            #expect(again.text == #"{"message":"An attribute with the same code (%1) already exists.","parameters":["brand"]}"#)
            let badCode = try await session.send(.post, "/rest/V1/products/attributes", token: token, body: #"{"attribute":{"attribute_code":"9bad","frontend_input":"text","default_frontend_label":"Bad"}}"#)
            #expect(badCode.status == .badRequest)
            let updated = try await session.send(.put, "/rest/V1/products/attributes/brand", token: token, body: #"{"attribute":{"default_frontend_label":"Maker","frontend_input":"text","scope":"global"}}"#)
            #expect(updated.status == .ok)
            let search = try await session.get("/rest/V1/products/attributes?searchCriteria[filterGroups][0][filters][0][field]=is_user_defined&searchCriteria[filterGroups][0][filters][0][value]=1&searchCriteria[sortOrders][0][field]=attribute_code&searchCriteria[sortOrders][0][direction]=ASC&fields=items[attribute_code,frontend_input,scope,default_frontend_label],total_count", token: token)
            #expect(search.text == #"{"items":[{"scope":"global","attribute_code":"brand","frontend_input":"select","default_frontend_label":"Maker"},{"scope":"global","attribute_code":"color","frontend_input":"select","default_frontend_label":"Color"},{"scope":"global","attribute_code":"manufacturer","frontend_input":"select","default_frontend_label":"Manufacturer"},{"scope":"global","attribute_code":"material","frontend_input":"multiselect","default_frontend_label":"Material"},{"scope":"global","attribute_code":"size","frontend_input":"select","default_frontend_label":"Size"}],"total_count":5}"#)
            let deleted = try await session.send(.delete, "/rest/V1/products/attributes/brand", token: token)
            #expect(deleted.text == "true")
            let system = try await session.send(.delete, "/rest/V1/products/attributes/name", token: token)
            #expect(system.status == .badRequest)
            #expect(system.text == #"{"message":"The system attribute can't be deleted."}"#)
            let types = try await session.get("/rest/V1/products/attributes/types?fields=", token: token)
            #expect(types.text.hasPrefix(#"[{"value":"text","label":"Text Field"},{"value":"textarea","label":"Text Area"}"#))
        }
    }

    @Test("a new attribute is searchable on products at once")
    func newAttributeSearchable() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/products/attributes", token: token, body: #"{"attribute":{"attribute_code":"fabric","frontend_input":"text","default_frontend_label":"Fabric"}}"#)
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"F-1","name":"F","price":1,"custom_attributes":{"fabric":"linen"}}}"#)
            let found = try await session.get("/rest/V1/products?searchCriteria[filterGroups][0][filters][0][field]=fabric&searchCriteria[filterGroups][0][filters][0][value]=linen&fields=items[sku]", token: token)
            #expect(found.text == #"{"items":[{"sku":"F-1"}]}"#)
        }
    }
}

@Suite("Catalog lookups")
struct CatalogLookupEndpointTests {
    @Test("category attributes, their options, media types of a set, and the filterable flag")
    func lookups() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let list = try await session.get("/rest/V1/categories/attributes?searchCriteria=&fields=total_count,items[attribute_code]", token: token)
            #expect(list.text.hasPrefix(#"{"items":[{"attribute_code":"name"},{"attribute_code":"is_active"}"#))
            let options = try await session.get("/rest/V1/categories/attributes/display_mode/options", token: token)
            #expect(options.text == #"[{"label":"Products only","value":"PRODUCTS"},{"label":"Static block only","value":"PAGE"},{"label":"Static block and products","value":"PRODUCTS_AND_PAGE"}]"#)
            let missing = try await session.get("/rest/V1/categories/attributes/nope", token: token)
            #expect(missing.status == .notFound)
            let media = try await session.get("/rest/V1/products/media/types/Default?fields=attribute_code", token: token)
            #expect(media.text == #"[{"attribute_code":"image"},{"attribute_code":"small_image"},{"attribute_code":"thumbnail"},{"attribute_code":"swatch_image"}]"#)
            let before = try await session.get("/rest/V1/products/attributes/color/is-filterable", token: token)
            #expect(before.text == "1")
            let set = try await session.send(.put, "/rest/V1/products/attributes/color/is-filterable/0", token: token)
            #expect(set.text == "true")
            let after = try await session.get("/rest/V1/products/attributes/color/is-filterable", token: token)
            #expect(after.text == "0")
        }
    }
}
