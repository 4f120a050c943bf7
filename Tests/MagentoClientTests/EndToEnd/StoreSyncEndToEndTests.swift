import Foundation
import MagentoClient
import MagentoWire
import Testing

/// Products, customers and orders synced from one Magpie into another (two live servers, the
/// state in a SQLite file): the stores are equal afterwards, and a second run transfers nothing.
@Suite(.serialized) struct StoreSyncEndToEndTests {
    static let adapters: [any SyncAdapter] = [CategorySyncAdapter(), ProductSyncAdapter(), CustomerSyncAdapter(), OrderSyncAdapter()]

    /// 20 products, 8 customers and 12 orders (half of them guest orders): invoiced, shipped,
    /// partly invoiced and shipped with a track, partly and fully refunded, canceled.
    static func fillSource(_ client: MagentoClient) async throws -> Int {
        let saved = await client.products.saveAll((1...20).map { CatalogFixtures.product("SS-\($0)", qty: 100) })
        #expect(saved.allSatisfy { $0.succeeded })
        var customers: [Customer] = []
        for index in 1...8 { customers.append(try await client.customers.create(SalesFixtures.customer(index))) }
        var orderIds: [Int] = []
        for index in 1...12 {
            let buyer = index % 2 == 0 ? customers[index % customers.count] : nil
            let order = SalesFixtures.order(skus: ["SS-\(index)", "SS-\(index + 1)"], qty: Decimal(index % 3 + 1), customer: buyer)
            orderIds.append(try #require(try await client.orders.save(order).entityId))
        }
        _ = try await client.orders.invoice(orderIds[0])
        _ = try await client.orders.invoice(orderIds[1])
        _ = try await client.orders.ship(orderIds[1])
        try await client.orders.cancel(orderIds[2])
        // Partly refunded against its invoice, with a comment.
        let refunded = try await client.orders.invoice(orderIds[3])
        let rows3 = try await client.orders.get(orderIds[3]).items ?? []
        _ = try await client.invoices.refund(
            refunded, items: [DocumentItemCreation(orderItemId: rows3[0].itemId, qty: 1)],
            arguments: CreditmemoCreationArguments(shippingAmount: 0), comment: DocumentCommentCreation(comment: "one came back")
        )
        // Invoiced in two parts, one row shipped with a track.
        let rows4 = try await client.orders.get(orderIds[4]).items ?? []
        _ = try await client.orders.invoice(orderIds[4], items: [DocumentItemCreation(orderItemId: rows4[0].itemId, qty: rows4[0].qtyOrdered)])
        _ = try await client.orders.invoice(orderIds[4], items: [DocumentItemCreation(orderItemId: rows4[1].itemId, qty: 1)])
        _ = try await client.orders.ship(
            orderIds[4], items: [DocumentItemCreation(orderItemId: rows4[0].itemId, qty: rows4[0].qtyOrdered)],
            tracks: [TrackCreation(trackNumber: "1Z999", title: "UPS", carrierCode: "ups")]
        )
        // Invoiced and fully refunded: closed.
        _ = try await client.orders.invoice(orderIds[5])
        _ = try await client.orders.refund(orderIds[5])
        return orderIds.count
    }

    @Test func productsCustomersAndOrdersAreEqualAfterASyncAndASecondRunTransfersNothing() async throws {
        let statePath = FileManager.default.temporaryDirectory.appendingPathComponent("store-sync-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: statePath) }
        try await LiveMagpie.run { sourceStore in
            try await LiveMagpie.run { targetStore in
                let source = sourceStore.adminClient(), target = targetStore.adminClient()
                let orderCount = try await Self.fillSource(source)
                // The target already has an account with one of the emails: it is adopted, not duplicated.
                var existing = SalesFixtures.customer(3)
                existing.firstname = "Old name"
                existing.addresses = []
                _ = try await target.customers.create(existing)

                let state = try await SQLiteSyncState.open(path: statePath)
                let first = await SyncEngine(source: source, target: target, state: state, pageSize: 5).run(Self.adapters)
                await state.close()
                #expect(first.isComplete, "\(first.entities.map { "\($0.entity): \($0.message ?? "") \($0.failures.map(\.message))" })")
                #expect(first.entities.map(\.entity) == ["categories", "products", "customers", "orders"])
                #expect(Array(first.entities.map(\.applied).dropFirst()) == [20, 8, orderCount])

                let sourceOrders = try await SalesFixtures.orderView(of: source)
                #expect(sourceOrders.count == orderCount)
                #expect(Set(sourceOrders.values.map { String($0.split(separator: ";")[0]) }) == ["new", "processing", "complete", "canceled", "closed"])
                #expect(try await SalesFixtures.orderView(of: target) == sourceOrders)
                let sourceDocuments = try await SalesFixtures.documentView(of: source)
                #expect(sourceDocuments.values.filter { $0.hasPrefix("0/0/0;") }.count == orderCount - 5, "five orders have documents")
                #expect(sourceDocuments.values.contains { $0.hasPrefix("2/1/0;") && $0.contains("[\"1Z999\"]") }, "two invoices, one tracked shipment")
                #expect(sourceDocuments.values.contains { $0.contains(#"/true/["one came back"]"#) }, "a credit memo against its invoice")
                #expect(try await SalesFixtures.documentView(of: target) == sourceDocuments)
                #expect(try await SalesFixtures.customerView(of: target) == SalesFixtures.customerView(of: source))
                // Stock included: an imported order takes no stock in the target (the source already did).
                #expect(try await SyncEndToEndTests.view(of: target).products == SyncEndToEndTests.view(of: source).products)

                let reopened = try await SQLiteSyncState.open(path: statePath)
                let second = await SyncEngine(source: source, target: target, state: reopened, pageSize: 5).run(Self.adapters)
                await reopened.close()
                #expect(second.isComplete)
                #expect(second.entities.map(\.applied) == [0, 0, 0, 0])
                #expect(try await SalesFixtures.documentView(of: target) == sourceDocuments)
                #expect(try await target.orders.list(SearchCriteriaBuilder().pageSize(1).build()).totalCount == orderCount)
                #expect(try await target.customers.list(SearchCriteriaBuilder().pageSize(1).build()).totalCount == 8)
            }
        }
    }

    @Test func aLostStateFileStillCreatesNoOrderTwice() async throws {
        try await LiveMagpie.run { sourceStore in
            try await LiveMagpie.run { targetStore in
                let source = sourceStore.adminClient(), target = targetStore.adminClient()
                let orderCount = try await Self.fillSource(source)
                for _ in 1...2 {
                    // A fresh state each time: no checkpoint, no applied stamps; increment_ids still match.
                    let state = try await SQLiteSyncState.open(path: ":memory:")
                    let report = await SyncEngine(source: source, target: target, state: state).run(Self.adapters)
                    await state.close()
                    #expect(report.isComplete)
                }
                #expect(try await target.orders.list(SearchCriteriaBuilder().pageSize(1).build()).totalCount == orderCount)
                #expect(try await target.customers.list(SearchCriteriaBuilder().pageSize(1).build()).totalCount == 8)
                #expect(try await SalesFixtures.orderView(of: target) == SalesFixtures.orderView(of: source))
                #expect(try await SalesFixtures.documentView(of: target) == SalesFixtures.documentView(of: source))
            }
        }
    }

    @Test func theCLISyncsCustomersAndOrdersInDependencyOrder() async throws {
        let statePath = FileManager.default.temporaryDirectory.appendingPathComponent("cli-store-sync-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: statePath) }
        try await LiveMagpie.run { sourceStore in
            try await LiveMagpie.run { targetStore in
                let orderCount = try await Self.fillSource(sourceStore.adminClient())
                let arguments = [
                    "sync", "--from", sourceStore.baseURL, "--to", targetStore.baseURL, "--entities", "orders,customers,products",
                    "--state", statePath, "--username", "admin",
                ]
                let environment = ["MAGPIE_PASSWORD": LiveMagpie.adminPassword]
                let first = try await CLIRunner.run(arguments, environment: environment)
                #expect(first.status == 0, "stderr: \(first.stderr)")
                let entities = try JSONValue.parse(first.stdout)["entities"]?.arrayValue ?? []
                #expect(entities.map { $0["entity"] } == [.string("products"), .string("customers"), .string("orders")])
                #expect(entities.map { $0["applied"] } == [.number("20"), .number("8"), .number(String(orderCount))])
                #expect(try await SalesFixtures.orderView(of: targetStore.adminClient()) == SalesFixtures.orderView(of: sourceStore.adminClient()))

                let second = try await CLIRunner.run(arguments, environment: environment)
                #expect(second.status == 0, "stderr: \(second.stderr)")
                let again = try JSONValue.parse(second.stdout)["entities"]?.arrayValue ?? []
                #expect(again.map { $0["applied"] } == [.number("0"), .number("0"), .number("0")])

                let unknown = try await CLIRunner.run(["sync", "--entities", "orders,invoices", "--from", "x", "--to", "y"])
                #expect(unknown.status == 64)
                #expect(unknown.stderr.contains("unknown entity invoices"))
            }
        }
    }
}
