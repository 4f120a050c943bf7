import Foundation
import MagentoClient
import MagentoWire
import Testing

/// The `magpie` client commands run as a separate process against live servers, exit codes checked.
@Suite(.serialized) struct CLIEndToEndTests {
    static func temporaryFile(_ name: String, _ contents: String = "") throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString)-\(name)").path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func json(_ text: String) throws -> JSONValue {
        try JSONValue.parse(text)
    }

    @Test func importProductsReportsEachFailedRowAndExitsOne() async throws {
        try await LiveMagpie.run { store in
            let csv = try Self.temporaryFile("products.csv", #"""
                sku,Title,price,status,visibility,type_id,attribute_set_id,qty,color_note
                CLI-1,"Tee, red",12.50,1,4,simple,4,5,warm
                CLI-2,Mug,3,7,4,simple,4,1,
                CLI-3,"Say ""hi""",7.25,1,4,simple,4,0,cool

                """#)
            let run = try await CLIRunner.run(
                ["import", "products", csv, "--map", "Title=name", "--url", store.baseURL, "--username", "admin"],
                environment: ["MAGPIE_PASSWORD": LiveMagpie.adminPassword]
            )
            #expect(run.status == 1, "stderr: \(run.stderr)")
            let report = try Self.json(run.stdout)
            #expect(report["total"] == .number("3"))
            #expect(report["succeeded"] == .number("2"))
            #expect(report["failed"] == .number("1"))
            let failure = try #require(report["failures"]?.arrayValue?.first)
            #expect(failure["record"] == .string("CLI-2"))
            #expect(failure["line"] == .number("3"))
            #expect(failure["status"] == .number("400"))
            #expect(failure["message"] == .string(#"Invalid value of "7" provided for the status field."#))

            let client = store.adminClient()
            let tee = try await client.products.get("CLI-1")
            #expect(tee.name == "Tee, red")
            #expect(tee.price == Decimal(string: "12.5"))
            #expect(tee.extensionAttributes?.stockItem?.qty == 5)
            #expect(tee.customAttributes?.contains { $0.attributeCode == "color_note" } == false, "unknown attributes are ignored as Magento does")
            #expect(try await client.products.get("CLI-3").name == #"Say "hi""#)
        }
    }

    @Test func wrongCredentialsExitThreeAndAMissingFileExitsFour() async throws {
        try await LiveMagpie.run { store in
            let csv = try Self.temporaryFile("p.csv", "sku,name\nA,B\n")
            let denied = try await CLIRunner.run(
                ["import", "products", csv, "--url", store.baseURL, "--username", "admin", "--password", "nope", "--retries", "1"]
            )
            #expect(denied.status == 3)
            #expect(denied.stderr.contains("The account sign-in was incorrect"))
            let missing = try await CLIRunner.run(["import", "products", "/nonexistent/file.csv", "--url", store.baseURL, "--token", "x"])
            #expect(missing.status == 4)
        }
    }

    @Test func importStockSetsSourceQuantities() async throws {
        try await LiveMagpie.run { store in
            let client = store.adminClient()
            _ = await client.products.saveAll([CatalogFixtures.product("ST-1"), CatalogFixtures.product("ST-2")])
            let file = try Self.temporaryFile("stock.jsonl", """
                {"sku":"ST-1","qty":42}
                {"sku":"ST-2","quantity":"0","source_code":"default"}
                {"sku":"ST-3"}
                """)
            let run = try await CLIRunner.run(["import", "stock", file, "--url", store.baseURL], environment: [
                "MAGPIE_USERNAME": "admin", "MAGPIE_PASSWORD": LiveMagpie.adminPassword,
            ])
            #expect(run.status == 1, "stderr: \(run.stderr)")
            let report = try Self.json(run.stdout)
            #expect(report["succeeded"] == .number("2"))
            #expect(report["failures"]?.arrayValue?.first?["message"] == .string("sku and a numeric qty are required"))
            #expect(try await client.stock.item("ST-1").qty == 42)
            #expect(try await client.stock.item("ST-2").isInStock == false)
        }
    }

    @Test func syncMirrorsAStoreAndASecondRunAppliesNothing() async throws {
        let state = try Self.temporaryFile("state.sqlite")
        try FileManager.default.removeItem(atPath: state)
        defer { try? FileManager.default.removeItem(atPath: state) }
        try await LiveMagpie.run { source in
            try await LiveMagpie.run { target in
                let sourceClient = source.adminClient()
                let shoes = try await sourceClient.categories.create(Category(parentId: 2, name: "Shoes", isActive: true))
                let products = (1...30).map { CatalogFixtures.product("CS-\($0)", categories: [shoes.id ?? 0]) }
                #expect(await sourceClient.products.saveAll(products).allSatisfy { $0.succeeded })
                let arguments = [
                    "sync", "--from", source.baseURL, "--to", target.baseURL, "--entities", "products,categories",
                    "--state", state, "--username", "admin",
                ]
                let environment = ["MAGPIE_PASSWORD": LiveMagpie.adminPassword]
                let first = try await CLIRunner.run(arguments, environment: environment)
                #expect(first.status == 0, "stderr: \(first.stderr)")
                let report = try Self.json(first.stdout)
                let entities = report["entities"]?.arrayValue ?? []
                #expect(entities.map { $0["entity"] } == [.string("categories"), .string("products")])
                #expect(entities.last?["applied"] == .number("30"))
                #expect(report["retries"] == .number("0"))

                let copied = try await target.adminClient().products.get("CS-9")
                let link = try #require(copied.extensionAttributes?.categoryLinks?.first?.categoryId.flatMap { Int($0) })
                #expect(try await target.adminClient().categories.get(link).name == "Shoes")

                let second = try await CLIRunner.run(arguments, environment: environment)
                #expect(second.status == 0, "stderr: \(second.stderr)")
                let again = try Self.json(second.stdout)["entities"]?.arrayValue ?? []
                #expect(again.map { $0["applied"] } == [.number("0"), .number("0")])
            }
        }
    }

    @Test func productsListAndExportPrintTheCatalog() async throws {
        try await LiveMagpie.run { store in
            _ = await store.adminClient().products.saveAll((1...3).map { CatalogFixtures.product("LS-\($0)") })
            let environment = ["MAGPIE_URL": store.baseURL, "MAGPIE_USERNAME": "admin", "MAGPIE_PASSWORD": LiveMagpie.adminPassword]
            let list = try await CLIRunner.run(["products", "list", "--filter", "sku:like:LS-%"], environment: environment)
            #expect(list.status == 0)
            let listed: [String] = list.stdout.split(separator: "\n").map { line in String(line.prefix { $0 != "\t" }) }
            #expect(listed.sorted() == ["LS-1", "LS-2", "LS-3"])
            let export = try await CLIRunner.run(["products", "export", "--filter", "sku:like:LS-%", "--page-size", "2"], environment: environment)
            #expect(export.status == 0)
            let lines = try export.stdout.split(separator: "\n").map { try JSONValue.parse(String($0)) }
            #expect(lines.compactMap { $0["sku"]?.stringValue }.sorted() == ["LS-1", "LS-2", "LS-3"])
            let missing = try await CLIRunner.run(["products", "get", "NOPE"], environment: environment)
            #expect(missing.status == 2)
            #expect(missing.stderr.contains("The product that was requested doesn't exist"))
        }
    }
}
