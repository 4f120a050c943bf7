import Foundation
import MagentoClient
import MagentoWire
import Testing

@Suite(.serialized) struct SyncEndToEndTests {
    /// Products and categories of a store in a form that does not depend on its ids.
    struct CatalogView: Equatable {
        var categories: [String: Bool]
        var products: [String: String]
    }

    static func view(of client: MagentoClient) async throws -> CatalogView {
        let categories = try await client.categories.pages().allItems()
        var paths: [Int: String] = [:]
        for category in categories.sorted(by: { ($0.level ?? 0) < ($1.level ?? 0) }) {
            guard let id = category.id, (category.level ?? 0) >= 1 else { continue }
            paths[id] = (paths[category.parentId ?? 0].map { $0 + "/" } ?? "") + (category.name ?? "")
        }
        var categoryView: [String: Bool] = [:]
        for category in categories { if let id = category.id, let path = paths[id] { categoryView[path] = category.isActive ?? true } }
        var productView: [String: String] = [:]
        for product in try await client.products.keysetPages(pageSize: 100).allItems() {
            let links = (product.extensionAttributes?.categoryLinks ?? []).compactMap { $0.categoryId.flatMap(Int.init).flatMap { paths[$0] } }
            let stock = product.extensionAttributes?.stockItem
            productView[product.sku ?? ""] = [
                product.name ?? "", "\(product.price ?? 0)", "\(product.status ?? 0)", "\(product.visibility ?? 0)",
                product.typeId ?? "", "\(stock?.qty ?? -1)", "\(stock?.isInStock ?? false)", links.sorted().joined(separator: "|"),
            ].joined(separator: ";")
        }
        return CatalogView(categories: categoryView, products: productView)
    }

    @Test func aSyncMirrorsOneStoreIntoAnotherAndASecondRunTransfersNothing() async throws {
        let statePath = FileManager.default.temporaryDirectory.appendingPathComponent("sync-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: statePath) }
        try await LiveMagpie.run { sourceStore in
            try await LiveMagpie.run { targetStore in
                let source = sourceStore.adminClient(), target = targetStore.adminClient()
                let gear = try await source.categories.create(Category(parentId: 2, name: "Gear", isActive: true))
                let bags = try await source.categories.create(Category(parentId: gear.id, name: "Bags", isActive: true))
                let men = try await source.categories.create(Category(parentId: 2, name: "Men", isActive: false))
                let categoryIds = [gear.id, bags.id, men.id].compactMap { $0 }
                let products = (1...150).map { index in
                    CatalogFixtures.product(
                        "SYNC-\(index)", price: Decimal(index) + Decimal(string: "0.99")!, qty: Decimal(index % 7),
                        categories: [categoryIds[index % 3]]
                    )
                }
                #expect(await source.products.saveAll(products).allSatisfy { $0.succeeded })
                // The target already has an unrelated category, so ids cannot line up by accident.
                _ = try await target.categories.create(Category(parentId: 2, name: "Target only", isActive: true))

                let state = try await SQLiteSyncState.open(path: statePath)
                // An overlap longer than creating the products can take on a loaded machine, so the
                // third run's window holds all of them (with 30 s, a slow run left some outside).
                let overlap = Duration.seconds(600)
                let engine = SyncEngine(source: source, target: target, state: state, overlap: overlap, pageSize: 40)
                let first = await engine.run([CategorySyncAdapter(), ProductSyncAdapter()])
                #expect(first.isComplete)
                #expect(first.entities.map(\.entity) == ["categories", "products"])
                #expect(first.entities[1].applied == 150)
                #expect(first.entities[0].applied >= 3)

                var sourceView = try await Self.view(of: source)
                var targetView = try await Self.view(of: target)
                #expect(targetView.products == sourceView.products)
                targetView.categories["Default Category/Target only"] = nil
                #expect(targetView.categories == sourceView.categories)

                let second = await engine.run([CategorySyncAdapter(), ProductSyncAdapter()])
                #expect(second.isComplete)
                #expect(second.entities.map(\.applied) == [0, 0])
                #expect(second.entities[1].unchanged == second.entities[1].fetched)
                await state.close()

                // A later change (a minute on) is the only thing a third run, from the reopened state file, applies.
                sourceStore.clock.advance(by: 60)
                _ = try await source.products.update("SYNC-7", Product(price: 99))
                let reopened = try await SQLiteSyncState.open(path: statePath)
                let third = await SyncEngine(source: source, target: target, state: reopened, overlap: overlap, pageSize: 40)
                    .run([CategorySyncAdapter(), ProductSyncAdapter()])
                await reopened.close()
                #expect(third.entities.map(\.applied) == [0, 1])
                // The other products fall inside the overlap window: listed again, skipped as not newer.
                #expect(third.entities[1].unchanged == 149)
                #expect(try await target.products.get("SYNC-7").price == 99)
                sourceView = try await Self.view(of: source)
                #expect(try await Self.view(of: target).products == sourceView.products)
            }
        }
    }

    @Test func aFailingNonCriticalEntityIsSkippedAndReported() async throws {
        try await LiveMagpie.run { store in
            let source = store.adminClient()
            let guest = MagentoClient(MagentoClientConfiguration(baseURL: store.baseURL, retry: .none))
            let state = try await SQLiteSyncState.open(path: ":memory:")
            // A guest may not list categories: that entity fails, the run goes on to products.
            let report = await SyncEngine(source: guest, target: source, state: state)
                .run([CategorySyncAdapter(), ProductSyncAdapter(isCritical: true)])
            await state.close()
            #expect(report.entities.map(\.status) == [.skipped, .failed])
            #expect(report.entities[0].message == "The consumer isn't authorized to access Magento_Catalog::categories.")
            #expect(!report.isComplete)
        }
    }
}
