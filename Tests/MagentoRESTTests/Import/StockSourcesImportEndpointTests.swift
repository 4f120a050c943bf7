import Foundation
import HTTPTypes
import MagentoWire
import Testing

@Suite("POST /V1/import/csv with entity stock_sources: MSI's source item import")
struct StockSourcesImportEndpointTests {
    static func body(_ csv: String, behavior: String = "append", strategy: String = "validation-stop-on-errors", allowed: String = "10") -> String {
        ImportCsvEndpointTests.body(csv, behavior: behavior, strategy: strategy, allowed: allowed, entity: "stock_sources")
    }

    static func items(_ session: TestSession, _ token: String, sku: String) async throws -> String {
        try await session.get("/rest/V1/inventory/source-items?searchCriteria[filterGroups][0][filters][0][field]=sku&searchCriteria[filterGroups][0][filters][0][value]=\(sku)&searchCriteria[sortOrders][0][field]=source_code&searchCriteria[sortOrders][0][direction]=ASC&fields=items[source_code,quantity,status]", token: token).text
    }

    static func prepare(_ session: TestSession, _ token: String) async throws {
        let source = try await session.send(.post, "/rest/V1/inventory/sources", token: token, body: #"{"source":{"source_code":"eu","name":"EU","enabled":true,"country_id":"DE","postcode":"10115"}}"#)
        #expect(source.status == .ok, "\(source.text)")
        for sku in ["SS-1", "SS-2"] {
            let product = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"\#(sku)","name":"\#(sku)","price":5,"extension_attributes":{"stock_item":{"qty":1,"is_in_stock":true}}}}"#)
            #expect(product.status == .ok, "\(product.text)")
        }
    }

    @Test("append saves source items (status 1 when absent) and the default source's legacy stock follows; replace and delete act on the pairs named")
    func behaviours() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await Self.prepare(session, token)
            let appended = try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body("source_code,sku,status,quantity\ndefault,SS-1,1,12\neu,SS-1,,3.5\neu,SS-2,0,0\n"))
            #expect(appended.status == .ok)
            #expect(appended.text == #"["Entities Processed: 3"]"#)
            #expect(try await Self.items(session, token, sku: "SS-1") == #"{"items":[{"source_code":"default","quantity":12,"status":1},{"source_code":"eu","quantity":3.5,"status":1}]}"#)
            #expect(try await session.get("/rest/V1/stockItems/SS-1?fields=qty,is_in_stock", token: token).text == #"{"qty":12,"is_in_stock":true}"#)

            let replaced = try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body("source_code,sku,quantity\neu,SS-1,8\n", behavior: "replace"))
            #expect(replaced.text == #"["Entities Processed: 1"]"#)
            #expect(try await Self.items(session, token, sku: "SS-1") == #"{"items":[{"source_code":"default","quantity":12,"status":1},{"source_code":"eu","quantity":8,"status":1}]}"#)

            let deleted = try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body("source_code,sku,quantity\neu,SS-1,0\neu,SS-2,0\n", behavior: "delete"))
            #expect(deleted.text == #"["Entities Processed: 2"]"#)
            #expect(try await Self.items(session, token, sku: "SS-1") == #"{"items":[{"source_code":"default","quantity":12,"status":1}]}"#)
            #expect(try await Self.items(session, token, sku: "SS-2") == #"{"items":[{"source_code":"default","quantity":1,"status":1}]}"#)
        }
    }

    @Test("rows with an unknown source, a missing column or a quantity that is not a number get Magento's messages; skip-errors writes the rest")
    func rowErrors() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await Self.prepare(session, token)
            let csv = "source_code,sku,quantity\nmars,SS-1,4\neu,SS-1,12abc\neu,SS-2,6\n"
            let stopped = try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body(csv))
            #expect(stopped.text == #"["Row 1: Source code \"mars\" does not exists","Row 2: \"quantity\" contains incorrect value"]"#)
            // Stop-on-errors wrote nothing, not even the valid third row.
            #expect(try await Self.items(session, token, sku: "SS-2") == #"{"items":[{"source_code":"default","quantity":1,"status":1}]}"#)

            let noQuantity = try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body("source_code,sku\neu,SS-2\n"))
            #expect(noQuantity.text == #"["Row 1: Missing required column \"quantity\""]"#)

            let tooMany = try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body(csv, strategy: "validation-skip-errors", allowed: "1"))
            #expect(tooMany.text == #"["Maximum error count has been reached or system error is occurred!"]"#)
            let skipped = try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body(csv, strategy: "validation-skip-errors", allowed: "2"))
            #expect(skipped.text == #"["Entities Processed: 1"]"#)
            #expect(try await Self.items(session, token, sku: "SS-2") == #"{"items":[{"source_code":"default","quantity":1,"status":1},{"source_code":"eu","quantity":6,"status":1}]}"#)
            #expect(try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body("source_code,sku,quantity\n")).text == #"["This file is empty. Please try another one."]"#)
        }
    }
}
