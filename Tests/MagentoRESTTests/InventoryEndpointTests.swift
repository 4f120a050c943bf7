import CommerceDomain
import CommerceStorage
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("MSI inventory endpoints")
struct InventoryEndpointTests {
    static let defaultSource = #"{"source_code":"default","name":"Default Source","enabled":true,"description":"Default Source","country_id":"US","postcode":"00000","use_default_carrier_config":true}"#

    @Test("the default source is listed in the search envelope")
    func listSources() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/inventory/sources?searchCriteria=", token: try await session.adminToken())
            #expect(reply.status == .ok)
            #expect(reply.text == #"{"items":[\#(Self.defaultSource)],"search_criteria":{"filter_groups":[]},"total_count":1}"#)
        }
    }

    @Test("a source is created with [] and read back; the PUT URL's code wins")
    func createAndUpdateSource() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let created = try await session.send(.post, "/rest/V1/inventory/sources", token: token, body: #"{"source":{"source_code":"eu","name":"EU","country_id":"DE","postcode":"10115","latitude":"52.52"}}"#)
            #expect(created.status == .ok)
            #expect(created.text == "[]")
            let updated = try await session.send(.put, "/rest/V1/inventory/sources/eu", token: token, body: #"{"source":{"sourceCode":"other","name":"EU Hub","countryId":"DE","postcode":"10115","enabled":false}}"#)
            #expect(updated.text == "[]")
            let read = try await session.get("/rest/V1/inventory/sources/eu", token: token)
            #expect(read.text == #"{"source_code":"eu","name":"EU Hub","enabled":false,"country_id":"DE","postcode":"10115","use_default_carrier_config":true}"#)
            let missing = try await session.get("/rest/V1/inventory/sources/other", token: token)
            #expect(missing.status == .notFound)
            #expect(missing.text == #"{"message":"Source with code \"%value\" does not exist.","parameters":{"value":"other"}}"#)
        }
    }

    @Test("an invalid source lists every problem under Validation Failed")
    func invalidSource() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.send(.post, "/rest/V1/inventory/sources", token: try await session.adminToken(), body: #"{"source":{"source_code":"has space","name":""}}"#)
            #expect(reply.status == .badRequest)
            #expect(reply.text == #"{"message":"Validation Failed","errors":[{"message":"\"%field\" can not contain whitespaces.","parameters":{"field":"source_code"}},{"message":"\"%field\" can not be empty.","parameters":{"field":"name"}},{"message":"\"%field\" can not be empty.","parameters":{"field":"country_id"}},{"message":"\"%field\" can not be empty.","parameters":{"field":"postcode"}}]}"#)
        }
    }

    @Test("stocks: create returns the id, the resolver finds it by website, delete returns []")
    func stocks() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let created = try await session.send(.post, "/rest/V1/inventory/stocks", token: token, body: #"{"stock":{"name":"EU Stock","extension_attributes":{"sales_channels":[{"type":"website","code":"eu"}]}}}"#)
            #expect(created.text == "2")
            let resolved = try await session.get("/rest/V1/inventory/stock-resolver/website/eu", token: token)
            #expect(resolved.text == #"{"stock_id":2,"name":"EU Stock","extension_attributes":{"sales_channels":[{"type":"website","code":"eu"}]}}"#)
            let renamed = try await session.send(.put, "/rest/V1/inventory/stocks/2", token: token, body: #"{"stock":{"stock_id":9,"name":"Europe"}}"#)
            #expect(renamed.text == "2")
            let list = try await session.get("/rest/V1/inventory/stocks?searchCriteria[sortOrders][0][field]=stock_id&searchCriteria[sortOrders][0][direction]=ASC", token: token)
            #expect(list.text == #"{"items":[{"stock_id":1,"name":"Default Stock","extension_attributes":{"sales_channels":[{"type":"website","code":"base"}]}},{"stock_id":2,"name":"Europe","extension_attributes":{"sales_channels":[]}}],"search_criteria":{"filter_groups":[],"sort_orders":[{"field":"stock_id","direction":"ASC"}]},"total_count":2}"#)
            let deleted = try await session.send(.delete, "/rest/V1/inventory/stocks/2", token: token)
            #expect(deleted.text == "[]")
            let gone = try await session.get("/rest/V1/inventory/stocks/2", token: token)
            #expect(gone.status == .notFound)
            #expect(gone.text == #"{"message":"Stock with id \"%value\" does not exist.","parameters":{"value":"2"}}"#)
        }
    }

    @Test("the default stock cannot be deleted")
    func defaultStock() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.send(.delete, "/rest/V1/inventory/stocks/1", token: try await session.adminToken())
            #expect(reply.status == .badRequest)
            #expect(reply.text == #"{"message":"Default Stock could not be deleted."}"#)
        }
    }

    @Test("an unknown sales channel has no stock")
    func unresolvedStock() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/inventory/stock-resolver/website/nowhere", token: try await session.adminToken())
            #expect(reply.status == .notFound)
            #expect(reply.text == #"{"message":"No linked stock found"}"#)
        }
    }

    @Test("links order the sources of a stock by priority")
    func links() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/inventory/sources", token: token, body: #"{"source":{"source_code":"eu","name":"EU","country_id":"DE","postcode":"1"}}"#)
            let saved = try await session.send(.post, "/rest/V1/inventory/stock-source-links", token: token, body: #"{"links":[{"stock_id":1,"source_code":"eu","priority":0}]}"#)
            #expect(saved.text == "[]")
            let ordered = try await session.get("/rest/V1/inventory/get-sources-assigned-to-stock-ordered-by-priority/1", token: token)
            #expect(ordered.json?.arrayValue?.compactMap { $0["source_code"]?.stringValue } == ["eu", "default"])
            let links = try await session.get("/rest/V1/inventory/stock-source-links?searchCriteria[filter_groups][0][filters][0][field]=source_code&searchCriteria[filter_groups][0][filters][0][value]=eu", token: token)
            #expect(links.text == #"{"items":[{"stock_id":1,"source_code":"eu","priority":0}],"search_criteria":{"filter_groups":[{"filters":[{"field":"source_code","value":"eu"}]}]},"total_count":1}"#)
            let removed = try await session.send(.post, "/rest/V1/inventory/stock-source-links-delete", token: token, body: #"{"links":[{"stock_id":1,"source_code":"eu"}]}"#)
            #expect(removed.text == "[]")
            let after = try await session.get("/rest/V1/inventory/get-sources-assigned-to-stock-ordered-by-priority/1", token: token)
            #expect(after.json?.arrayValue?.count == 1)
        }
    }

    @Test("source items: POST upserts and returns [], search filters, delete removes")
    func sourceItems() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let saved = try await session.send(.post, "/rest/V1/inventory/source-items", token: token, body: #"{"sourceItems":[{"sku":"24-MB01","source_code":"default","quantity":"100.5","status":1},{"sku":"24-MB02","source_code":"default","quantity":0,"status":0}]}"#)
            #expect(saved.status == .ok)
            #expect(saved.text == "[]")
            let found = try await session.get("/rest/V1/inventory/source-items?searchCriteria[filter_groups][0][filters][0][field]=quantity&searchCriteria[filter_groups][0][filters][0][value]=100&searchCriteria[filter_groups][0][filters][0][condition_type]=gt", token: token)
            #expect(found.text == #"{"items":[{"sku":"24-MB01","source_code":"default","quantity":100.5,"status":1}],"search_criteria":{"filter_groups":[{"filters":[{"field":"quantity","value":"100","condition_type":"gt"}]}]},"total_count":1}"#)
            let deleted = try await session.send(.post, "/rest/V1/inventory/source-items-delete", token: token, body: #"{"sourceItems":[{"sku":"24-MB01","source_code":"default"}]}"#)
            #expect(deleted.text == "[]")
            let rest = try await session.get("/rest/V1/inventory/source-items?searchCriteria=", token: token)
            #expect(rest.json?["total_count"] == .number("1"))
        }
    }

    @Test("a source item for an unknown source is refused and nothing is written")
    func unknownSource() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let reply = try await session.send(.post, "/rest/V1/inventory/source-items", token: token, body: #"{"sourceItems":[{"sku":"A","source_code":"default","quantity":1,"status":1},{"sku":"A","source_code":"mars","quantity":1,"status":1}]}"#)
            #expect(reply.status == .notFound)
            let rest = try await session.get("/rest/V1/inventory/source-items?searchCriteria=", token: token)
            #expect(rest.json?["total_count"] == .number("0"))
        }
    }

    @Test("inventory routes are refused to guests with their ACL resource")
    func guests() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/rest/V1/inventory/stocks?searchCriteria=")
            #expect(reply.status == .unauthorized)
            #expect(reply.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_InventoryApi::stock"}}"#)
        }
    }
}

@Suite("MSI input rules")
struct InventoryInputTests {
    @Test("an empty list is refused as Magento's MSI refuses it", arguments: [
        ("/rest/V1/inventory/source-items", #"{"sourceItems":[]}"#),
        ("/rest/V1/inventory/source-items-delete", #"{"sourceItems":[]}"#),
        ("/rest/V1/inventory/stock-source-links", #"{"links":[]}"#),
    ])
    func emptyInput(path: String, body: String) async throws {
        try await TestApp.make().run { session in
            let reply = try await session.send(.post, path, token: try await session.adminToken(), body: body)
            #expect(reply.status == .badRequest)
            #expect(reply.text == #"{"message":"Input data is empty"}"#)
        }
    }
}
