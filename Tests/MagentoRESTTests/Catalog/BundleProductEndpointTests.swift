import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

@Suite("Bundle products: options and links on /V1/bundle-products")
struct BundleProductEndpointTests {
    static let bundle = #"{"product":{"sku":"KIT","name":"Kit","type_id":"bundle","attribute_set_id":4,"extension_attributes":{"bundle_product_options":[{"title":"Main","required":true,"type":"select","position":1,"product_links":[{"sku":"S1","qty":1,"is_default":true,"price":0,"price_type":0,"can_change_quantity":0}]}]}}}"#

    /// Two simples, a configurable and a dynamic-price bundle whose option 1 offers S1.
    static func catalog(_ session: TestSession, token: String) async throws {
        for (sku, price) in [("S1", 10), ("S2", 20)] {
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"\#(sku)","name":"Item \#(sku)","price":\#(price)}}"#)
        }
        _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"CONF","name":"Conf","type_id":"configurable"}}"#)
        let created = try await session.send(.post, "/rest/V1/products", token: token, body: bundle)
        #expect(created.status == .ok)
    }

    @Test("a product save with bundle_product_options stores them as rows with ids, and the product read answers them")
    func productSave() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await Self.catalog(session, token: token)
            let read = try await session.get("/rest/V1/products/KIT?fields=type_id,extension_attributes[bundle_product_options]", token: token)
            #expect(read.text == #"{"type_id":"bundle","extension_attributes":{"bundle_product_options":[{"option_id":1,"title":"Main","required":true,"type":"select","position":1,"sku":"KIT","product_links":[{"id":"1","sku":"S1","option_id":1,"qty":1,"position":0,"is_default":true,"can_change_quantity":0}]}]}}"#)
            let attributes = try await session.get("/rest/V1/products/KIT", token: token)
            for code in ["price_type", "sku_type", "price_view", "shipment_type"] {
                #expect(attributes.text.contains(#"{"attribute_code":"\#(code)","value":"0"}"#))
            }
        }
    }

    @Test("options: types, list, one, add, update and delete, with Magento's errors")
    func options() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await Self.catalog(session, token: token)
            let types = try await session.get("/rest/V1/bundle-products/options/types", token: token)
            #expect(types.text == #"[{"label":"Drop-down","code":"select"},{"label":"Radio Buttons","code":"radio"},{"label":"Checkbox","code":"checkbox"},{"label":"Multiple Select","code":"multi"}]"#)
            let added = try await session.send(.post, "/rest/V1/bundle-products/options/add", token: token, body: #"{"option":{"sku":"KIT","title":"Extras","required":false,"type":"checkbox","position":2,"product_links":[{"sku":"S2","qty":2,"is_default":false}]}}"#)
            #expect(added.text == "2")
            let one = try await session.get("/rest/V1/bundle-products/KIT/options/2", token: token)
            #expect(one.text == #"{"option_id":2,"title":"Extras","required":false,"type":"checkbox","position":2,"sku":"KIT","product_links":[{"id":"2","sku":"S2","option_id":2,"qty":2,"position":0,"is_default":false,"can_change_quantity":0}]}"#)
            let updated = try await session.send(.put, "/rest/V1/bundle-products/options/2", token: token, body: #"{"option":{"sku":"KIT","title":"Add-ons"}}"#)
            #expect(updated.text == "2")
            let all = try await session.get("/rest/V1/bundle-products/KIT/options/all?fields=option_id,title", token: token)
            #expect(all.text == #"[{"option_id":1,"title":"Main"},{"option_id":2,"title":"Add-ons"}]"#)
            let deleted = try await session.send(.delete, "/rest/V1/bundle-products/KIT/options/2", token: token)
            #expect(deleted.text == "true")
            let gone = try await session.get("/rest/V1/bundle-products/KIT/options/2", token: token)
            #expect(gone.status == .notFound)
            #expect(gone.text == #"{"message":"The option that was requested doesn't exist. Verify the entity and try again."}"#)
            let unknown = try await session.get("/rest/V1/bundle-products/NOPE/options/all", token: token)
            #expect(unknown.status == .notFound)
            #expect(unknown.text == #"{"message":"The product that was requested doesn't exist. Verify the product and try again."}"#)
            let simple = try await session.send(.post, "/rest/V1/bundle-products/options/add", token: token, body: #"{"option":{"sku":"S1","title":"X","type":"select"}}"#)
            #expect(simple.status == .badRequest)
            #expect(simple.text == #"{"message":"This is implemented for bundle products only."}"#)
            let missingUpdate = try await session.send(.put, "/rest/V1/bundle-products/options/99", token: token, body: #"{"option":{"sku":"KIT","title":"X"}}"#)
            #expect(missingUpdate.status == .notFound)
        }
    }

    @Test("links: children, add by SKU, save by id and remove, refusing non-bundles, composites and duplicates")
    func links() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await Self.catalog(session, token: token)
            let added = try await session.send(.post, "/rest/V1/bundle-products/KIT/links/1", token: token, body: #"{"linkedProduct":{"sku":"S2","qty":3,"position":2,"is_default":false,"can_change_quantity":1}}"#)
            #expect(added.text == "2")
            let children = try await session.get("/rest/V1/bundle-products/KIT/children", token: token)
            #expect(children.text == #"[{"id":"1","sku":"S1","option_id":1,"qty":1,"position":0,"is_default":true,"can_change_quantity":0},{"id":"2","sku":"S2","option_id":1,"qty":3,"position":2,"is_default":false,"can_change_quantity":1}]"#)
            let saved = try await session.send(.put, "/rest/V1/bundle-products/KIT/links/2", token: token, body: #"{"linkedProduct":{"sku":"S2","option_id":1,"qty":4}}"#)
            #expect(saved.text == "true")
            let afterSave = try await session.get("/rest/V1/bundle-products/KIT/children?fields=id,qty", token: token)
            #expect(afterSave.text == #"[{"id":"1","qty":1},{"id":"2","qty":4}]"#)
            let duplicate = try await session.send(.post, "/rest/V1/bundle-products/KIT/links/1", token: token, body: #"{"linkedProduct":{"sku":"S2"}}"#)
            #expect(duplicate.status == .badRequest)
            #expect(duplicate.text == #"{"message":"Child with specified sku: \"%1\" already assigned to product: \"%2\"","parameters":["S2","KIT"]}"#)
            let composite = try await session.send(.post, "/rest/V1/bundle-products/KIT/links/1", token: token, body: #"{"linkedProduct":{"sku":"CONF"}}"#)
            #expect(composite.text == #"{"message":"The bundle product can't contain another composite product."}"#)
            let notBundle = try await session.send(.post, "/rest/V1/bundle-products/S1/links/1", token: token, body: #"{"linkedProduct":{"sku":"S2"}}"#)
            #expect(notBundle.status == .badRequest)
            #expect(notBundle.text == #"{"message":"The product with the \"%1\" SKU isn't a bundle product.","parameters":["S1"]}"#)
            let noOption = try await session.send(.post, "/rest/V1/bundle-products/KIT/links/9", token: token, body: #"{"linkedProduct":{"sku":"S2"}}"#)
            #expect(noOption.text == #"{"message":"Product with specified sku: \"%1\" does not contain option: \"%2\"","parameters":["KIT","9"]}"#)
            let foreignOption = try await session.send(.put, "/rest/V1/bundle-products/KIT/links/2", token: token, body: #"{"linkedProduct":{"sku":"S2","option_id":42}}"#)
            #expect(foreignOption.text == #"{"message":"Product with specified sku: \"%1\" does not contain option: \"%2\"","parameters":["KIT","42"]}"#)
            let noLink = try await session.send(.put, "/rest/V1/bundle-products/KIT/links/77", token: token, body: #"{"linkedProduct":{"sku":"S2"}}"#)
            #expect(noLink.text == #"{"message":"The product link with the \"%1\" ID field wasn't found. Verify the ID and try again.","parameters":["77"]}"#)
            let removed = try await session.send(.delete, "/rest/V1/bundle-products/KIT/options/1/children/s2", token: token)
            #expect(removed.text == "true")
            let removedAgain = try await session.send(.delete, "/rest/V1/bundle-products/KIT/options/1/children/S2", token: token)
            #expect(removedAgain.status == .notFound)
            #expect(removedAgain.text == #"{"message":"The bundle product doesn't exist. Review your request and try again."}"#)
            let unknown = try await session.get("/rest/V1/bundle-products/NOPE/children", token: token)
            #expect(unknown.status == .notFound)
            let simpleChildren = try await session.get("/rest/V1/bundle-products/S1/children", token: token)
            #expect(simpleChildren.status == .badRequest)
            #expect(simpleChildren.text == #"{"message":"This is implemented for bundle products only."}"#)
        }
    }

    @Test("a fixed-price bundle answers its selections' prices and price types")
    func fixedPrice() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await Self.catalog(session, token: token)
            _ = try await session.send(.put, "/rest/V1/products/KIT", token: token, body: #"{"product":{"price":50,"custom_attributes":[{"attribute_code":"price_type","value":"1"}]}}"#)
            _ = try await session.send(.put, "/rest/V1/bundle-products/KIT/links/1", token: token, body: #"{"linkedProduct":{"sku":"S1","price":5,"price_type":0}}"#)
            let children = try await session.get("/rest/V1/bundle-products/KIT/children", token: token)
            #expect(children.text == #"[{"id":"1","sku":"S1","option_id":1,"qty":1,"position":0,"is_default":true,"price":5,"price_type":0,"can_change_quantity":0}]"#)
        }
    }
}
