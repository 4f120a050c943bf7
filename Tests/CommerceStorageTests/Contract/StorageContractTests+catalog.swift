import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

extension StorageContractTests {
    static func simple(_ sku: String, price: String, color: String) -> Product {
        Product(
            sku: sku, name: "Item \(sku)", price: Decimal(string: price), typeId: "simple",
            extensionAttributes: ProductExtensionAttributes(stockItem: StockItem(qty: 5, isInStock: true)),
            customAttributes: [
                CustomAttribute(attributeCode: "color", value: .string(color)),
                CustomAttribute(attributeCode: "special_price", value: .string(price)),
            ]
        )
    }

    static func criteria(_ field: String, _ value: String, _ condition: String? = nil, sort: String? = nil) -> SearchCriteria {
        SearchCriteria(
            filterGroups: [FilterGroup(filters: [Filter(field: field, value: value, conditionType: condition)])],
            sortOrders: sort.map { [SortOrder(field: $0, direction: "ASC")] }
        )
    }

    @Test("Products save, read case-insensitively, search on columns and attributes, and delete", arguments: TestEngine.all)
    func products(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            for (sku, price, color) in [("P-1", "9.5", "1"), ("P-2", "10", "2"), ("P-3", "100", "1")] {
                _ = try await storage.products.saveProduct(Self.simple(sku, price: price, color: color), scope: .global, saveOptions: false)
            }
            let read = try await storage.products.product(sku: "p-2", scope: .global)
            #expect(read.price == Decimal(string: "10"))
            #expect(read.extensionAttributes?.stockItem?.qty == 5)
            let red = try await storage.products.searchProducts(Self.criteria("color", "1", sort: "price"), scope: .global)
            #expect(red.items.map(\.sku) == ["P-1", "P-3"])
            let dear = try await storage.products.searchProducts(Self.criteria("special_price", "9.75", "gt", sort: "special_price"), scope: .global)
            #expect(dear.items.map(\.sku) == ["P-2", "P-3"])
            let cheap = try await storage.products.searchProducts(Self.criteria("price", "10", "lteq", sort: "sku"), scope: .global)
            #expect(cheap.items.map(\.sku) == ["P-1", "P-2"])
            let named = try await storage.products.searchProducts(Self.criteria("name", "item p-%", "like"), scope: .global)
            #expect(named.totalCount == 3)
            try await storage.products.deleteProduct(sku: "P-1")
            await #expect(throws: CommerceError.self) { try await storage.products.product(sku: "P-1", scope: .global) }
        }
    }

    @Test("A store-view write keeps its own values; the default scope is untouched", arguments: TestEngine.all)
    func productViewScope(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            try await storage.seedDemoStores()
            _ = try await storage.products.saveProduct(Self.simple("V-1", price: "3", color: "1"), scope: .global, saveOptions: false)
            let french = CatalogScope(storeId: 2, writesToView: true)
            var update = Product(name: "Article", status: 2)
            update.sku = "V-1"
            update.customAttributes = [CustomAttribute(attributeCode: "description", value: .string("Bonjour"))]
            _ = try await storage.products.saveProduct(update, scope: french, saveOptions: false)
            let inView = try await storage.products.product(sku: "V-1", scope: french)
            #expect(inView.name == "Article")
            #expect(inView.status == 2)
            let global = try await storage.products.product(sku: "V-1", scope: .global)
            #expect(global.name == "Item V-1")
            #expect(global.status == 1)
            let viewSearch = try await storage.products.searchProducts(Self.criteria("status", "2"), scope: french)
            #expect(viewSearch.items.map(\.sku) == ["V-1"])
            let viewText = try await storage.products.searchProducts(Self.criteria("description", "Bon%", "like"), scope: french)
            #expect(viewText.totalCount == 1)
            let defaultSearch = try await storage.products.searchProducts(Self.criteria("status", "2"), scope: .global)
            #expect(defaultSearch.totalCount == 0)
        }
    }

    @Test("Legacy stock writes mirror to the default source and back", arguments: TestEngine.all)
    func legacyStock(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.products.saveProduct(Self.simple("S-1", price: "1", color: "1"), scope: .global, saveOptions: false)
            let id = try await storage.stockRegistry.updateStockItem(sku: "s-1", update: StockItem(qty: Decimal(string: "2.5")), config: StockConfiguration())
            #expect(id == 1)
            let sources = try await storage.inventory.searchSourceItems(SearchCriteria())
            #expect(sources.items.map(\.quantity) == [Decimal(string: "2.5")])
            try await storage.inventory.saveSourceItems([SourceItem(sku: "S-1", sourceCode: "default", quantity: 0, status: 0)])
            let item = try await storage.stockRegistry.stockItem(sku: "S-1")
            #expect(item.qty == 0)
            #expect(item.isInStock == false)
            let low = try await storage.stockRegistry.lowStockItems(threshold: 1, currentPage: 1, pageSize: 10)
            #expect(low.totalCount == 1)
        }
    }

    @Test("Categories nest, move with their subtree, link products, and delete with descendants", arguments: TestEngine.all)
    func categories(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let gear = try await storage.categories.saveCategory(Category(name: "Gear"), scope: .global)
            let bags = try await storage.categories.saveCategory(Category(parentId: gear.id, name: "Bags"), scope: .global)
            let men = try await storage.categories.saveCategory(Category(name: "Men"), scope: .global)
            try await storage.categories.moveCategory(id: gear.id ?? 0, parentId: men.id ?? 0, afterId: nil)
            let moved = try await storage.categories.category(id: bags.id ?? 0, scope: .global)
            #expect(moved.path == "1/2/5/3/4")
            #expect(moved.level == 4)
            _ = try await storage.products.saveProduct(Self.simple("C-1", price: "1", color: "1"), scope: .global, saveOptions: false)
            try await storage.categories.saveProductLink(CategoryProductLink(sku: "C-1", position: 2, categoryId: String(bags.id ?? 0)))
            let tree = try await storage.categories.tree(rootId: nil, depth: nil, scope: CatalogScope(storeId: 1, writesToView: false))
            #expect(tree.childrenData?.first?.childrenData?.first?.childrenData?.first?.productCount == 1)
            try await storage.categories.deleteCategory(id: men.id ?? 0)
            await #expect(throws: CommerceError.self) { try await storage.categories.category(id: bags.id ?? 0, scope: .global) }
            let product = try await storage.products.product(sku: "C-1", scope: .global)
            #expect(product.extensionAttributes?.categoryLinks == nil)
        }
    }

    @Test("Attributes, options and sets are created, assigned and removed", arguments: TestEngine.all)
    func attributesAndSets(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let brand = try await storage.productAttributes.saveAttribute(
                ProductAttribute(attributeCode: "brand", frontendInput: "select", defaultFrontendLabel: "Brand")
            )
            #expect(brand.attributeId == 200)
            let option = try await storage.productAttributes.addOption(code: "brand", option: AttributeOption(label: "Acme"))
            #expect(try await storage.productAttributes.options(code: "brand").map(\.value) == ["", String(option)])
            let set = try await storage.attributeSets.createSet(AttributeSet(attributeSetName: "Bags"), skeletonId: 4)
            let groups = try await storage.attributeSets.searchGroups(Self.criteria("attribute_set_id", String(set.attributeSetId ?? 0)))
            let group = Int(groups.items.first?.attributeGroupId ?? "") ?? 0
            _ = try await storage.attributeSets.assign(setId: set.attributeSetId ?? 0, groupId: group, code: "brand", sortOrder: 99)
            #expect(try await storage.attributeSets.attributes(inSet: set.attributeSetId ?? 0).last?.attributeCode == "brand")
            try await storage.attributeSets.unassign(setId: set.attributeSetId ?? 0, code: "brand")
            try await storage.productAttributes.deleteAttribute(code: "brand")
            try await storage.attributeSets.deleteSet(id: set.attributeSetId ?? 0)
            #expect(try await storage.attributeSets.searchSets(SearchCriteria()).totalCount == 1)
        }
    }
}

extension StorageContractTests {
    @Test("The demo catalog seeds once; ids continue after it; configurables list their children", arguments: TestEngine.all)
    func demoCatalog(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            try await storage.seedDemoStores()
            #expect(try await storage.seedCatalog(.demo) == 1_000)
            #expect(try await storage.seedCatalog(.demo) == 0)
            let all = try await storage.products.searchProducts(SearchCriteria(pageSize: 1), scope: .global)
            #expect(all.totalCount == 1_000)
            let tee = try await storage.products.product(sku: "MC-000005", scope: .global)
            #expect(tee.extensionAttributes?.configurableProductLinks?.count == 4)
            let french = try await storage.products.product(sku: "MG-000001", scope: CatalogScope(storeId: 2, writesToView: false))
            #expect(french.name?.hasSuffix("(FR)") == true)
            let added = try await storage.products.saveProduct(Product(sku: "AFTER", name: "After", price: 1), scope: .global, saveOptions: false)
            #expect(added.id == 1_001)
            #expect(added.extensionAttributes?.stockItem?.itemId == 1_001)
            let category = try await storage.categories.saveCategory(Category(name: "New"), scope: .global)
            #expect(category.id == 14)
        }
    }
}
