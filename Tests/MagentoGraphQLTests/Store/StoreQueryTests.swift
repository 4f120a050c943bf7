import HTTPTypes
import MagentoWire
import Testing

@Suite("GraphQL store and directory queries")
struct StoreQueryTests {
    @Test("storeConfig reports the default view's codes, locale, currency, URLs and catalog settings")
    func storeConfig() async throws {
        try await GraphQLTestApp.make().run { session in
            let reply = try await session.post("""
            query storeConfigData { storeConfig { store_code store_name store_group_code website_code locale
              base_currency_code default_display_currency_code timezone weight_unit base_url secure_base_media_url
              root_category_uid root_category_id product_url_suffix category_url_suffix grid_per_page grid_per_page_values
              catalog_default_sort_by is_default_store is_guest_checkout_enabled minimum_password_length
              configurable_thumbnail_source contact_enabled category_fixed_product_tax_display_setting send_friend { enabled_for_guests } } }
            """)
            #expect(reply.status == .ok)
            #expect(reply.text == #"{"data":{"storeConfig":{"store_code":"default","store_name":"Default Store View","store_group_code":"main_website_store","website_code":"base","locale":"en_US","base_currency_code":"USD","default_display_currency_code":"USD","timezone":"UTC","weight_unit":"lbs","base_url":"http://magpie.test/","secure_base_media_url":"http://magpie.test/media/","root_category_uid":"Mg==","root_category_id":2,"product_url_suffix":".html","category_url_suffix":".html","grid_per_page":12,"grid_per_page_values":"12,24,36","catalog_default_sort_by":"position","is_default_store":true,"is_guest_checkout_enabled":true,"minimum_password_length":"8","configurable_thumbnail_source":"parent","contact_enabled":true,"category_fixed_product_tax_display_setting":"FPT_DISABLED","send_friend":{"enabled_for_guests":false}}}}"#)
        }
    }

    @Test("the Store header selects the store view, its locale and display currency")
    func storeHeader() async throws {
        try await GraphQLTestApp.make().run { session in
            let reply = try await session.get(
                "{ storeConfig { store_code store_name locale default_display_currency_code is_default_store } }",
                headers: ["Store": "fr"]
            )
            #expect(reply.text == #"{"data":{"storeConfig":{"store_code":"fr","store_name":"French Store View","locale":"fr_FR","default_display_currency_code":"EUR","is_default_store":false}}}"#)
        }
    }

    @Test("an unknown Store header is Magento's request-level input error")
    func unknownStore() async throws {
        try await GraphQLTestApp.make().run { session in
            let reply = try await session.post("{ storeConfig { store_code } }", headers: ["Store": "nowhere"])
            #expect(reply.status == .ok)
            #expect(reply.text == #"{"errors":[{"message":"Requested store is not found","extensions":{"category":"graphql-input"}}]}"#)
        }
    }

    @Test("availableStores lists the website's active views; useCurrentGroup keeps the group's")
    func availableStores() async throws {
        try await GraphQLTestApp.make().run { session in
            let reply = try await session.post("{ availableStores { store_code locale is_default_store } }")
            #expect(reply.text == #"{"data":{"availableStores":[{"store_code":"default","locale":"en_US","is_default_store":true},{"store_code":"fr","locale":"fr_FR","is_default_store":false}]}}"#)
            let grouped = try await session.post("{ availableStores(useCurrentGroup: true) { store_code } }")
            #expect(grouped.text == #"{"data":{"availableStores":[{"store_code":"default"},{"store_code":"fr"}]}}"#)
        }
    }

    @Test("countries lists every country; country(id) names it in the store's locale")
    func countries() async throws {
        try await GraphQLTestApp.make().run { session in
            let all = try await session.post("{ countries { id } }")
            #expect((all.data?["countries"]?.arrayValue?.count ?? 0) >= 245)
            let germany = try await session.post(#"{ country(id: "DE") { id two_letter_abbreviation three_letter_abbreviation full_name_locale full_name_english available_regions { id } } }"#, headers: ["Store": "fr"])
            #expect(germany.text == #"{"data":{"country":{"id":"DE","two_letter_abbreviation":"DE","three_letter_abbreviation":"DEU","full_name_locale":"Allemagne","full_name_english":"Germany","available_regions":null}}}"#)
            let states = try await session.post(#"{ country(id: "US") { available_regions { id code name } } }"#)
            #expect(states.data?["country"]?["available_regions"]?.arrayValue?.first?.serialized() == Array(#"{"id":1,"code":"AL","name":"Alabama"}"#.utf8))
        }
    }

    @Test("an unknown country is graphql-no-such-entity with the field null")
    func unknownCountry() async throws {
        try await GraphQLTestApp.make().run { session in
            let reply = try await session.post(#"{ country(id: "QQ") { id } }"#)
            #expect(reply.status == .ok)
            #expect(reply.text == #"{"errors":[{"message":"The country isn't available.","extensions":{"category":"graphql-no-such-entity"},"locations":[{"line":1,"column":3}],"path":["country"]}],"data":{"country":null}}"#)
        }
    }

    @Test("currency reports base, display, allowed codes and rates, the misspelt deprecated fields too")
    func currency() async throws {
        try await GraphQLTestApp.make().run { session in
            let reply = try await session.post("""
            { currency { base_currency_code base_currency_symbol default_display_currency_code default_display_currecy_code
              default_display_currency_symbol available_currency_codes exchange_rates { currency_to rate } } }
            """, headers: ["Store": "fr"])
            #expect(reply.text == #"{"data":{"currency":{"base_currency_code":"USD","base_currency_symbol":"$","default_display_currency_code":"EUR","default_display_currecy_code":"EUR","default_display_currency_symbol":"€","available_currency_codes":["USD","EUR"],"exchange_rates":[{"currency_to":"USD","rate":1},{"currency_to":"EUR","rate":0.92}]}}}"#)
        }
    }
}
