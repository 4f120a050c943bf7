import CommerceDomain
import CommerceStorage
import Foundation
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("Response encoding, fields=, Accept and error masking")
struct ResponseEncodingTests {
    @Test("fields= keeps the named keys in their original order, nested")
    func fieldsNested() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/directory/countries/US?fields=full_name_english,id,available_regions[code]")
            #expect(reply.text.hasPrefix(#"{"id":"US","full_name_english":"United States","available_regions":[{"code":"AL"},{"code":"AK"}"#))
        }
    }

    @Test("fields= applies to each element of a list")
    func fieldsOnList() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/store/websites?fields=code", token: try await session.adminToken())
            #expect(reply.text == #"[{"code":"admin"},{"code":"base"}]"#)
        }
    }

    @Test("malformed fields= gives [] rather than an error", arguments: ["items[sku", "a b", "id]", "[a]"])
    func fieldsMalformed(fields: String) async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/directory/countries/US?fields=\(fields.replacingOccurrences(of: " ", with: "%20"))")
            #expect(reply.status == .ok)
            #expect(reply.text == "[]")
        }
    }

    @Test("an empty fields= returns the whole response")
    func fieldsEmpty() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/directory/countries/DE?fields=")
            #expect(reply.json?["three_letter_abbreviation"] == .string("DEU"))
        }
    }

    @Test("null fields are omitted and 34.0 is sent as 34")
    func nullsAndIntegralDoubles() async throws {
        try await TestApp.make(extraEndpoints: ProbeEndpoints.all).run { session in
            let reply = try await session.get("/rest/V1/probe/items/mine")
            #expect(reply.text == #"{"route":"literal","weight":34}"#)
        }
    }

    @Test("DELETE returns a bare true with status 200")
    func bareTrue() async throws {
        try await TestApp.make(extraEndpoints: ProbeEndpoints.all).run { session in
            let reply = try await session.send(.delete, "/rest/V1/probe/items/1", token: try await session.adminToken())
            #expect(reply.status == .ok)
            #expect(reply.text == "true")
        }
    }

    @Test("every response, errors included, is JSON with charset utf-8 and echoes a request id")
    func contentTypeEverywhere() async throws {
        try await TestApp.make().run { session in
            for uri in ["/rest/V1/directory/countries/US", "/rest/V1/nothing", "/rest/V1/store/websites"] {
                let reply = try await session.get(uri)
                #expect(reply.contentType == "application/json; charset=utf-8")
                #expect(reply.headers[HTTPField.Name("X-Request-Id")!]?.isEmpty == false)
            }
            let echoed = try await session.send(.get, "/rest/V1/directory/countries/US", headers: ["X-Request-Id": "abc-123"])
            #expect(echoed.headers[HTTPField.Name("X-Request-Id")!] == "abc-123")
        }
    }

    @Test("Accept: JSON, */* and none are served", arguments: ["application/json", "*/*", "text/html,application/xhtml+xml,*/*;q=0.8", "application/*"])
    func acceptJSON(accept: String) async throws {
        try await TestApp.make().run { session in
            let reply = try await session.send(.get, "/rest/V1/directory/countries/US", headers: ["Accept": accept])
            #expect(reply.status == .ok)
        }
    }

    @Test("Accept for a type we do not render is Magento's 406")
    func acceptXML() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.send(.get, "/rest/V1/directory/countries/US", headers: ["Accept": "application/xml"])
            #expect(reply.status == .notAcceptable)
            #expect(reply.text == #"{"message":"Server cannot match any of the given Accept HTTP header media type(s) from the request: \"%1\" with media types from the config of response renderer.","parameters":["application/xml"]}"#)
        }
    }

    @Test("an unexpected error is a masked 500 with a report id and no details")
    func masked500() async throws {
        try await TestApp.make(extraEndpoints: ProbeEndpoints.all).run { session in
            let reply = try await session.get("/rest/V1/probe/fail")
            #expect(reply.status == .internalServerError)
            let message = reply.json?["message"]?.stringValue ?? ""
            #expect(message.hasPrefix("Internal Error. Details are available in Magento log file. Report ID: webapi-"))
            #expect(message.count == "Internal Error. Details are available in Magento log file. Report ID: webapi-".count + 13)
            #expect(!reply.text.contains("Boom"))
        }
    }
}
