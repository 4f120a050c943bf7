import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

extension StorageContractTests {
    static func storefront(_ sku: String, name: String, price: String, color: String, visibility: Int = 4, status: Int = 1) -> Product {
        Product(
            sku: sku, name: name, price: Decimal(string: price), status: status, visibility: visibility, typeId: "simple",
            extensionAttributes: ProductExtensionAttributes(stockItem: StockItem(qty: 5, isInStock: true)),
            customAttributes: [
                CustomAttribute(attributeCode: "color", value: .string(color)),
                CustomAttribute(attributeCode: "url_key", value: .string(name.lowercased().replacingOccurrences(of: " ", with: "-"))),
                CustomAttribute(attributeCode: "description", value: .string("<p>\(name) for trail runs</p>")),
            ]
        )
    }

    @Test("Catalog search matches enabled visible products by category, attributes, price and words", arguments: TestEngine.all)
    func catalogSearch(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let scope = CatalogScope(storeId: 1, writesToView: false)
            let bags = try await storage.categories.saveCategory(Category(name: "Bags"), scope: .global)
            for product in [
                Self.storefront("B-1", name: "Trail Backpack", price: "40", color: "1"),
                Self.storefront("B-2", name: "City Backpack", price: "60.5", color: "2"),
                Self.storefront("B-3", name: "Hidden Backpack", price: "10", color: "1", visibility: 1),
                Self.storefront("B-4", name: "Disabled Backpack", price: "10", color: "1", status: 2),
                Self.storefront("M-1", name: "Yoga Mat", price: "25", color: "1"),
            ] {
                _ = try await storage.products.saveProduct(product, scope: .global, saveOptions: false)
            }
            for (sku, position) in [("B-1", 2), ("B-2", 1)] {
                try await storage.categories.saveProductLink(CategoryProductLink(sku: sku, position: position, categoryId: String(bags.id ?? 0)))
            }
            let inBags = try await storage.catalogSearch.match(CatalogQuery(categoryIds: [bags.id ?? 0], facets: ["color"]), scope: scope)
            #expect(inBags.map(\.sku).sorted() == ["B-1", "B-2"])
            #expect(inBags.first { $0.sku == "B-2" }?.categories == [bags.id ?? 0: 1])
            #expect(inBags.first { $0.sku == "B-2" }?.facets == ["color": "2"])
            #expect(inBags.first { $0.sku == "B-2" }?.price == Decimal(string: "60.5"))
            let black = try await storage.catalogSearch.match(CatalogQuery(conditions: ["color": .anyOf(["1"])]), scope: scope)
            #expect(black.map(\.sku).sorted() == ["B-1", "M-1"])
            let cheap = try await storage.catalogSearch.match(CatalogQuery(conditions: ["price": .range(from: 20, to: 40)]), scope: scope)
            #expect(cheap.map(\.sku).sorted() == ["B-1", "M-1"])
            let byKey = try await storage.catalogSearch.match(CatalogQuery(conditions: ["url_key": .anyOf(["YOGA-MAT"])], visibility: [1, 2, 3, 4]), scope: scope)
            #expect(byKey.map(\.sku) == ["M-1"])
            let words = try await storage.catalogSearch.match(CatalogQuery(text: "trail backpack", visibility: [3, 4]), scope: scope)
            #expect(words.map(\.sku).sorted() == ["B-1", "B-2"])
            #expect(words.first { $0.sku == "B-1" }?.relevance ?? 0 > words.first { $0.sku == "B-2" }?.relevance ?? 0)
            let named = try await storage.catalogSearch.match(CatalogQuery(conditions: ["name": .contains("city")]), scope: scope)
            #expect(named.map(\.sku) == ["B-2"])
            let loaded = try await storage.catalogSearch.products(ids: [inBags[1].id, inBags[0].id, 9999], scope: scope)
            #expect(loaded.map(\.sku) == [inBags[1].sku, inBags[0].sku])
            let bySku = try await storage.catalogSearch.products(skus: ["m-1", "B-1"], scope: scope)
            #expect(bySku.map(\.sku) == ["M-1", "B-1"])
        }
    }
}
