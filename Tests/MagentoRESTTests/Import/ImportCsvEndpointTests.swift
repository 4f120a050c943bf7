import Foundation
import HTTPTypes
import MagentoWire
import Testing

@Suite("POST /V1/import/csv: Magento's base64 product import")
struct ImportCsvEndpointTests {
    static func body(_ csv: String, behavior: String = "append", strategy: String = "validation-stop-on-errors", allowed: String = "10",
                     entity: String = "catalog_product", extra: String = "") -> String {
        let data = Data(csv.utf8).base64EncodedString()
        return #"{"source":{"entity":"\#(entity)","behavior":"\#(behavior)","validationStrategy":"\#(strategy)","allowedErrorCount":"\#(allowed)","csvData":"\#(data)"\#(extra)}}"#
    }

    static let header = "sku,store_view_code,attribute_set_code,product_type,categories,product_websites,name,price,weight,product_online,tax_class_name,visibility,qty,is_in_stock,description,additional_attributes\n"

    @Test("append creates and updates products, their stock, websites, categories (new ones created) and attributes")
    func append() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let csv = Self.header
                + #"CSV-1,,Default,simple,"Default Category/Imported/Shoes",base,"Runner, red",49.5,1.2,1,Taxable Goods,"Catalog, Search",7,1,"<p>Fast</p>","color=red,material=mesh""# + "\n"
                + "CSV-2,,Default,virtual,,base,Gift card,20,,0,None,Not Visible Individually,,,,\n"
                + "CSV-1,fr,,,,,Coureur rouge,,,,,,,,,\n"
            let reply = try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body(csv))
            #expect(reply.status == .ok)
            #expect(reply.text == #"["Entities Processed: 2"]"#)

            let one = try await session.get("/rest/V1/products/CSV-1?fields=sku,name,type_id,price,weight,status,visibility,extension_attributes[website_ids,category_links,stock_item[qty,is_in_stock]]", token: token)
            let links = one.json?["extension_attributes"]?["category_links"]?.arrayValue ?? []
            #expect(one.text == #"{"sku":"CSV-1","name":"Runner, red","price":49.5,"status":1,"visibility":4,"type_id":"simple","weight":1.2,"extension_attributes":{"website_ids":[1],"category_links":[{"position":0,"category_id":"4"}],"stock_item":{"qty":7,"is_in_stock":true}}}"#)
            let category = try #require(links.first?["category_id"]?.stringValue)
            #expect(try await session.get("/rest/V1/categories/\(category)?fields=name", token: token).text == #"{"name":"Shoes"}"#)
            let attributes = try await session.get("/rest/V1/products/CSV-1", token: token).json?["custom_attributes"]?.arrayValue ?? []
            let byCode = Dictionary(attributes.compactMap { entry in entry["attribute_code"]?.stringValue.map { ($0, entry["value"]) } }, uniquingKeysWith: { a, _ in a })
            #expect(byCode["color"] == .string("red"))
            #expect(byCode["description"] == .string("<p>Fast</p>"))
            #expect(byCode["tax_class_id"] == .string("2"))
            #expect(try await session.get("/rest/fr/V1/products/CSV-1?fields=name", token: token).text == #"{"name":"Coureur rouge"}"#)
            #expect(try await session.get("/rest/V1/products/CSV-2?fields=type_id,status,visibility", token: token).text == #"{"status":2,"visibility":1,"type_id":"virtual"}"#)

            // A second append changes only what the file says.
            let update = try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body("sku,price\nCSV-1,45\n"))
            #expect(update.text == #"["Entities Processed: 1"]"#)
            #expect(try await session.get("/rest/V1/products/CSV-1?fields=name,price", token: token).text == #"{"name":"Runner, red","price":45}"#)
        }
    }

    @Test("stop-on-errors reports every row's errors in Magento's words and writes nothing")
    func rowErrors() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let csv = Self.header
                + ",,Default,simple,,base,No SKU,1,,1,,,,,,\n"
                + "BAD-1,,Nope,gadget,,mars,Bad,x,-2,5,,Everywhere,,,,\n"
                + "BAD-2,,Default,simple,,base,,,,,,,,,,\n"
                + "GOOD-1,,Default,simple,,base,Good,1,,1,,,,,,\n"
            let reply = try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body(csv))
            #expect(reply.status == .ok)
            #expect(reply.json?.arrayValue?.compactMap(\.stringValue) == [
                "Row 1: SKU is empty",
                "Row 2: Product Type is invalid or not supported",
                "Row 2: Invalid value for Attribute Set column (set doesn't exist?)",
                "Row 2: Value for 'price' attribute contains incorrect value",
                "Row 2: Product weight is invalid",
                "Row 2: Value for 'product_online' attribute contains incorrect value",
                "Row 2: Value for 'visibility' attribute contains incorrect value",
                "Row 2: Invalid value in Website column (website does not exist?)",
                "Row 3: Please make sure attribute \"name\" is not empty.",
                "Row 3: Please make sure attribute \"price\" is not empty.",
            ])
            #expect(try await session.get("/rest/V1/products/GOOD-1", token: token).status == .notFound)

            // skip-errors writes the valid rows while the errors stay within the allowed count.
            let skipped = try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body(csv, strategy: "validation-skip-errors", allowed: "10"))
            #expect(skipped.text == #"["Entities Processed: 3"]"#)
            #expect(try await session.get("/rest/V1/products/GOOD-1?fields=sku", token: token).text == #"{"sku":"GOOD-1"}"#)
            let tooMany = try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body(csv, strategy: "validation-skip-errors", allowed: "2"))
            #expect(tooMany.text == #"["Maximum error count has been reached or system error is occurred!"]"#)
        }
    }

    @Test("delete and replace need existing SKUs; replace writes the product anew from the file")
    func deleteAndReplace() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body(Self.header
                + "R-1,,Default,simple,,base,Old name,10,3,1,,,5,1,Old text,\n"
                + "D-1,,Default,simple,,base,Doomed,1,,1,,,,,,\n"))
            let replaced = try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body(
                "sku,attribute_set_code,product_type,name,price\nR-1,Default,simple,New name,12\n", behavior: "replace"))
            #expect(replaced.text == #"["Entities Processed: 1"]"#)
            let product = try await session.get("/rest/V1/products/R-1?fields=name,price,weight", token: token)
            #expect(product.text == #"{"name":"New name","price":12}"#)
            let missing = try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body("sku\nD-1\nNOPE\n", behavior: "delete"))
            #expect(missing.text == #"["Row 2: Product with specified SKU not found"]"#)
            #expect(try await session.get("/rest/V1/products/D-1?fields=sku", token: token).status == .ok)
            let deleted = try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body("sku\nD-1\n", behavior: "delete"))
            #expect(deleted.text == #"["Entities Processed: 1"]"#)
            #expect(try await session.get("/rest/V1/products/D-1", token: token).status == .notFound)
        }
    }

    @Test("file-level problems: empty file, no sku column, bad base64, other separators, unknown entities, ACL")
    func fileLevel() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            #expect(try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body("sku,name\n")).text == #"["This file is empty. Please try another one."]"#)
            #expect(try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body("name\nX\n")).text == #"["We can't find required columns: sku."]"#)
            let garbage = #"{"source":{"entity":"catalog_product","behavior":"append","validationStrategy":"validation-stop-on-errors","allowedErrorCount":"1","csvData":"***"}}"#
            #expect(try await session.send(.post, "/rest/V1/import/csv", token: token, body: garbage).text == #"["Sorry, but the data is invalid or the file is not uploaded."]"#)
            let semicolons = Self.body("sku;attribute_set_code;product_type;name;price\nSEMI-1;Default;simple;Semi;3\n", extra: #","import_field_separator":";""#)
            #expect(try await session.send(.post, "/rest/V1/import/csv", token: token, body: semicolons).text == #"["Entities Processed: 1"]"#)
            #expect(try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body("sku\nX\n", entity: "customer")).text == #"["Importing \"customer\" is not supported by Magpie yet; catalog_product and stock_sources are."]"#)
            #expect(try await session.send(.post, "/rest/V1/import/csv", token: token, body: Self.body("sku\nX\n", entity: "spaceships")).text == #"["Please enter a correct entity model."]"#)
            let missingSource = try await session.send(.post, "/rest/V1/import/csv", token: token, body: "{}")
            #expect(missingSource.status == .badRequest)
            let anonymous = try await session.send(.post, "/rest/V1/import/csv", body: Self.body("sku\nX\n"))
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_ImportCsvApi::import_api"}}"#)
        }
    }
}
