import CommerceDomain
import CommerceStorage
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("Directory endpoints")
struct DirectoryEndpointTests {
    @Test("countries are anonymous and list every ISO country")
    func countries() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/directory/countries")
            #expect(reply.status == .ok)
            #expect((reply.json?.arrayValue?.count ?? 0) >= 245)
        }
    }

    @Test("a country with regions lists them with Magento's ids as strings")
    func unitedStates() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/directory/countries/US")
            #expect(reply.text.hasPrefix(#"{"id":"US","two_letter_abbreviation":"US","three_letter_abbreviation":"USA","full_name_locale":"United States","full_name_english":"United States","available_regions":[{"id":"1","code":"AL","name":"Alabama"},{"id":"2","code":"AK","name":"Alaska"}"#))
            #expect(reply.json?["available_regions"]?.arrayValue?.count == 65)
            #expect(reply.json?["available_regions"]?.arrayValue?.last == .object(.init([("id", .string("65")), ("code", .string("WY")), ("name", .string("Wyoming"))])))
        }
    }

    @Test("a country without regions omits available_regions")
    func noRegions() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/directory/countries/DE")
            #expect(reply.text == #"{"id":"DE","two_letter_abbreviation":"DE","three_letter_abbreviation":"DEU","full_name_locale":"Germany","full_name_english":"Germany"}"#)
        }
    }

    @Test("names follow the store view's locale")
    func localized() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/fr/V1/directory/countries/DE")
            #expect(reply.json?["full_name_locale"] == .string("Allemagne"))
            #expect(reply.json?["full_name_english"] == .string("Germany"))
        }
    }

    @Test("an unknown country is 404")
    func unknownCountry() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/directory/countries/QQ")
            #expect(reply.status == .notFound)
            #expect(reply.text == #"{"message":"The country isn't available."}"#)
        }
    }

    @Test("currency information reports base, display, allowed codes and rates")
    func currency() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/directory/currency")
            #expect(reply.text == #"{"base_currency_code":"USD","base_currency_symbol":"$","default_display_currency_code":"USD","default_display_currency_symbol":"$","available_currency_codes":["USD","EUR"],"exchange_rates":[{"currency_to":"USD","rate":1},{"currency_to":"EUR","rate":0.92}]}"#)
        }
    }

    @Test("the French view displays euros")
    func currencyFrench() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/fr/V1/directory/currency")
            #expect(reply.json?["default_display_currency_code"] == .string("EUR"))
            #expect(reply.json?["default_display_currency_symbol"] == .string("€"))
        }
    }

    @Test("modules are listed for admins only")
    func modules() async throws {
        try await TestApp.make().run { session in
            let reply1 = try await session.get("/rest/V1/modules")
            #expect(reply1.status == .unauthorized)
            let reply = try await session.get("/rest/V1/modules", token: try await session.adminToken())
            #expect(reply.status == .ok)
            #expect(reply.json?.arrayValue?.contains(.string("Magento_Store")) == true)
        }
    }
}
