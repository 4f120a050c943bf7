import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

@Suite("Product links, custom options, prices and websites")
struct ProductComponentEndpointTests {
    static func products(_ session: TestSession, token: String, skus: [String]) async throws {
        for sku in skus {
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"\#(sku)","name":"Item \#(sku)","price":10}}"#)
        }
    }

    @Test("links: set merges by type and SKU, lists by type, deletes; unknown types and products are refused")
    func links() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await Self.products(session, token: token, skus: ["A", "B", "C"])
            let set = try await session.send(.post, "/rest/V1/products/A/links", token: token, body: #"{"items":[{"sku":"A","link_type":"related","linked_product_sku":"b","position":1},{"sku":"A","link_type":"upsell","linked_product_sku":"C"}]}"#)
            #expect(set.text == "true")
            let related = try await session.get("/rest/V1/products/A/links/related", token: token)
            #expect(related.text == #"[{"sku":"A","link_type":"related","linked_product_sku":"B","linked_product_type":"simple","position":1}]"#)
            let saved = try await session.send(.put, "/rest/V1/products/A/links", token: token, body: #"{"entity":{"link_type":"related","linked_product_sku":"B","position":5}}"#)
            #expect(saved.text == "true")
            let onProduct = try await session.get("/rest/V1/products/A?fields=product_links", token: token)
            #expect(onProduct.text == #"{"product_links":[{"sku":"A","link_type":"related","linked_product_sku":"B","linked_product_type":"simple","position":5},{"sku":"A","link_type":"upsell","linked_product_sku":"C","linked_product_type":"simple","position":0}]}"#)
            let deleted = try await session.send(.delete, "/rest/V1/products/A/links/upsell/C", token: token)
            #expect(deleted.text == "true")
            let missing = try await session.send(.delete, "/rest/V1/products/A/links/upsell/C", token: token)
            #expect(missing.status == .notFound)
            #expect(missing.text == #"{"message":"Product %1 doesn't have linked %2 as %3","parameters":["A","C","upsell"]}"#)
            let badType = try await session.get("/rest/V1/products/A/links/friends", token: token)
            #expect(badType.text == #"{"message":"The \"%1\" link type wasn't found. Verify the type and try again.","parameters":["friends"]}"#)
            let badProduct = try await session.send(.post, "/rest/V1/products/A/links", token: token, body: #"{"items":[{"link_type":"related","linked_product_sku":"ZZZ"}]}"#)
            #expect(badProduct.status == .notFound)
            let types = try await session.get("/rest/V1/products/links/types", token: token)
            #expect(types.text == #"[{"code":1,"name":"related"},{"code":3,"name":"associated"},{"code":4,"name":"upsell"},{"code":5,"name":"crosssell"}]"#)
        }
    }

    @Test("custom options: create answers the option with ids, list, update, delete")
    func customOptions() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await Self.products(session, token: token, skus: ["A"])
            let created = try await session.send(.post, "/rest/V1/products/options", token: token, body: #"{"option":{"product_sku":"A","title":"Engraving","type":"field","sort_order":1,"is_require":false,"price":5,"price_type":"fixed","max_characters":20}}"#)
            #expect(created.text == #"{"product_sku":"A","option_id":1,"title":"Engraving","type":"field","sort_order":1,"is_require":false,"price":5,"price_type":"fixed","max_characters":20}"#)
            let select = try await session.send(.post, "/rest/V1/products/options", token: token, body: #"{"option":{"product_sku":"A","title":"Gift box","type":"drop_down","values":[{"title":"Small","price":1,"price_type":"fixed","sort_order":0},{"title":"Large","price":2,"price_type":"fixed","sort_order":1}]}}"#)
            #expect(select.text == #"{"product_sku":"A","option_id":2,"title":"Gift box","type":"drop_down","values":[{"title":"Small","sort_order":0,"price":1,"price_type":"fixed","option_type_id":1},{"title":"Large","sort_order":1,"price":2,"price_type":"fixed","option_type_id":2}]}"#)
            let updated = try await session.send(.put, "/rest/V1/products/options/1", token: token, body: #"{"option":{"product_sku":"A","title":"Engraving text","type":"field"}}"#)
            #expect(updated.text == #"{"product_sku":"A","option_id":1,"title":"Engraving text","type":"field"}"#)
            let list = try await session.get("/rest/V1/products/A/options?fields=option_id,title", token: token)
            #expect(list.text == #"[{"option_id":1,"title":"Engraving text"},{"option_id":2,"title":"Gift box"}]"#)
            let deleted = try await session.send(.delete, "/rest/V1/products/A/options/2", token: token)
            #expect(deleted.text == "true")
            let missing = try await session.get("/rest/V1/products/A/options/2", token: token)
            #expect(missing.status == .notFound)
            #expect(missing.text == #"{"message":"The requested option doesn't exist. Verify the entity and try again."}"#)
            let types = try await session.get("/rest/V1/products/options/types", token: token)
            #expect(types.text.hasPrefix(#"[{"label":"Field","code":"field","group":"text"}"#))
        }
    }

    @Test("base, special, tier and cost prices: updates answer [] or the failed rows; lookups read them back")
    func prices() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await Self.products(session, token: token, skus: ["A"])
            let base = try await session.send(.post, "/rest/V1/products/base-prices", token: token, body: #"{"prices":[{"price":12.5,"store_id":0,"sku":"A"},{"price":3,"store_id":0,"sku":"NOPE"}]}"#)
            #expect(base.text == #"[{"message":"The product that was requested doesn't exist. Verify the product and try again. Row ID: SKU = %SKU, Store ID: %storeId, Price: %price.","parameters":["NOPE","0","3"]}]"#)
            let baseRead = try await session.send(.post, "/rest/V1/products/base-prices-information", token: token, body: #"{"skus":["A"]}"#)
            #expect(baseRead.text == #"[{"price":12.5,"store_id":0,"sku":"A"}]"#)
            let special = try await session.send(.post, "/rest/V1/products/special-price", token: token, body: #"{"prices":[{"price":9,"store_id":0,"sku":"A","price_from":"2026-10-01 00:00:00","price_to":"2026-10-31 23:59:59"}]}"#)
            #expect(special.text == "[]")
            let specialRead = try await session.send(.post, "/rest/V1/products/special-price-information", token: token, body: #"{"skus":["A"]}"#)
            #expect(specialRead.text == #"[{"price":9,"store_id":0,"sku":"A","price_from":"2026-10-01 00:00:00","price_to":"2026-10-31 23:59:59"}]"#)
            let tiers = try await session.send(.post, "/rest/V1/products/tier-prices", token: token, body: #"{"prices":[{"price":8,"price_type":"fixed","website_id":0,"sku":"A","customer_group":"General","quantity":5},{"price":10,"price_type":"discount","website_id":0,"sku":"A","customer_group":"ALL GROUPS","quantity":10}]}"#)
            #expect(tiers.text == "[]")
            let onProduct = try await session.get("/rest/V1/products/A?fields=price,tier_prices", token: token)
            #expect(onProduct.text == #"{"price":12.5,"tier_prices":[{"customer_group_id":1,"qty":5,"value":8,"extension_attributes":{"website_id":0}},{"customer_group_id":32000,"qty":10,"extension_attributes":{"percentage_value":10,"website_id":0}}]}"#)
            let replaced = try await session.send(.put, "/rest/V1/products/tier-prices", token: token, body: #"{"prices":[{"price":7,"price_type":"fixed","website_id":0,"sku":"A","customer_group":"General","quantity":3}]}"#)
            #expect(replaced.text == "[]")
            let tierRead = try await session.send(.post, "/rest/V1/products/tier-prices-information", token: token, body: #"{"skus":["A"]}"#)
            #expect(tierRead.text == #"[{"price":7,"price_type":"fixed","website_id":0,"sku":"A","customer_group":"General","quantity":3}]"#)
            let cost = try await session.send(.post, "/rest/V1/products/cost", token: token, body: #"{"prices":[{"cost":4.25,"store_id":0,"sku":"A"}]}"#)
            #expect(cost.text == "[]")
            let costRead = try await session.send(.post, "/rest/V1/products/cost-information", token: token, body: #"{"skus":["A"]}"#)
            #expect(costRead.text == #"[{"cost":4.25,"store_id":0,"sku":"A"}]"#)
            let specialGone = try await session.send(.post, "/rest/V1/products/special-price-delete", token: token, body: #"{"prices":[{"price":9,"store_id":0,"sku":"A"}]}"#)
            #expect(specialGone.text == "[]")
            let empty = try await session.send(.post, "/rest/V1/products/special-price-information", token: token, body: #"{"skus":["A"]}"#)
            #expect(empty.text == "[]")
        }
    }

    @Test("configurable products: options, children, and their errors")
    func configurable() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"TEE","name":"Tee","type_id":"configurable"}}"#)
            try await Self.products(session, token: token, skus: ["TEE-S", "TEE-M"])
            let option = try await session.send(.post, "/rest/V1/configurable-products/TEE/options", token: token, body: #"{"option":{"attribute_id":"144","label":"Size","position":0,"values":[{"value_index":12},{"value_index":13}]}}"#)
            #expect(option.text == "1")
            let options = try await session.get("/rest/V1/configurable-products/TEE/options/all", token: token)
            #expect(options.text == #"[{"id":1,"attribute_id":"144","label":"Size","position":0,"values":[{"value_index":12},{"value_index":13}],"product_id":1}]"#)
            for child in ["TEE-S", "TEE-M"] {
                let added = try await session.send(.post, "/rest/V1/configurable-products/TEE/child", token: token, body: #"{"childSku":"\#(child)"}"#)
                #expect(added.text == "true")
            }
            let twice = try await session.send(.post, "/rest/V1/configurable-products/TEE/child", token: token, body: #"{"childSku":"TEE-S"}"#)
            #expect(twice.status == .badRequest)
            #expect(twice.text == #"{"message":"The product is already attached."}"#)
            let children = try await session.get("/rest/V1/configurable-products/TEE/children?fields=sku", token: token)
            #expect(children.text == #"[{"sku":"TEE-S"},{"sku":"TEE-M"}]"#)
            let removed = try await session.send(.delete, "/rest/V1/configurable-products/TEE/children/TEE-S", token: token)
            #expect(removed.text == "true")
            let links = try await session.get("/rest/V1/products/TEE?fields=extension_attributes[configurable_product_links]", token: token)
            #expect(links.text == #"{"extension_attributes":{"configurable_product_links":[3]}}"#)
            let notConfigurable = try await session.get("/rest/V1/configurable-products/TEE-S/options/all", token: token)
            #expect(notConfigurable.status == .badRequest)
            #expect(notConfigurable.text == #"{"message":"This is implemented for the \"%1\" configurable product only.","parameters":["TEE-S"]}"#)
            let deleted = try await session.send(.delete, "/rest/V1/configurable-products/TEE/options/1", token: token)
            #expect(deleted.text == "true")
            let gone = try await session.get("/rest/V1/configurable-products/TEE/options/1", token: token)
            #expect(gone.status == .notFound)
        }
    }

    @Test("website links add and remove website ids; unknown websites are refused")
    func websites() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await Self.products(session, token: token, skus: ["A"])
            let removed = try await session.send(.delete, "/rest/V1/products/A/websites/1", token: token)
            #expect(removed.text == "true")
            let none = try await session.get("/rest/V1/products/A?fields=extension_attributes[website_ids]", token: token)
            #expect(none.text == #"{"extension_attributes":{"website_ids":[]}}"#)
            let added = try await session.send(.post, "/rest/V1/products/A/websites", token: token, body: #"{"productWebsiteLink":{"sku":"A","website_id":1}}"#)
            #expect(added.text == "true")
            let one = try await session.get("/rest/V1/products/A?fields=extension_attributes[website_ids]", token: token)
            #expect(one.text == #"{"extension_attributes":{"website_ids":[1]}}"#)
            let unknown = try await session.send(.post, "/rest/V1/products/A/websites", token: token, body: #"{"productWebsiteLink":{"sku":"A","website_id":42}}"#)
            #expect(unknown.status == .badRequest)
        }
    }
}

@Suite("Grouped, bundle and downloadable products")
struct ProductTypeFidelityTests {
    @Test("bundle options come back with their ids, downloadable links as sent; grouped products link with associated")
    func storedFaithfully() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"PART","name":"Part","price":3}}"#)
            let bundle = #"{"option_id":1,"title":"Strap","required":true,"type":"select","position":1,"sku":"KIT","product_links":[{"sku":"PART","qty":2,"is_default":true,"price":0,"price_type":0}]}"#
            let saved = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"KIT","name":"Kit","price":0,"type_id":"bundle","extension_attributes":{"bundle_product_options":[\#(bundle)]}}}"#)
            #expect(saved.status == .ok)
            let read = try await session.get("/rest/V1/products/KIT?fields=type_id,extension_attributes[bundle_product_options]", token: token)
            // A dynamic-price bundle's links answer without their price (BundleProductEndpointTests covers the rest).
            let stored = #"{"option_id":1,"title":"Strap","required":true,"type":"select","position":1,"sku":"KIT","product_links":[{"id":"1","sku":"PART","option_id":1,"qty":2,"position":0,"is_default":true,"can_change_quantity":0}]}"#
            #expect(read.text == #"{"type_id":"bundle","extension_attributes":{"bundle_product_options":[\#(stored)]}}"#)
            let link = #"{"id":3,"title":"Manual","sort_order":1,"is_shareable":0,"price":0,"number_of_downloads":0,"link_type":"url","link_url":"https://example.test/manual.pdf"}"#
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"EBOOK","name":"E-book","price":5,"type_id":"downloadable","extension_attributes":{"downloadable_product_links":[\#(link)]}}}"#)
            let ebook = try await session.get("/rest/V1/products/EBOOK?fields=extension_attributes[downloadable_product_links]", token: token)
            #expect(ebook.text == #"{"extension_attributes":{"downloadable_product_links":[\#(link)]}}"#)
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"SET","name":"Set","type_id":"grouped"}}"#)
            let grouped = try await session.send(.post, "/rest/V1/products/SET/links", token: token, body: #"{"items":[{"link_type":"associated","linked_product_sku":"PART","position":1,"extension_attributes":{"qty":2}}]}"#)
            #expect(grouped.text == "true")
            let associated = try await session.get("/rest/V1/products/SET/links/associated", token: token)
            #expect(associated.text == #"[{"sku":"SET","link_type":"associated","linked_product_sku":"PART","linked_product_type":"simple","position":1,"extension_attributes":{"qty":2}}]"#)
            let stock = try await session.get("/rest/V1/stockItems/KIT?fields=qty", token: token)
            #expect(stock.text == #"{"qty":0}"#)
        }
    }
}
