import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

extension StorageContractTests {
    @Test("Products filter on their categories and websites, attributes on their sets and document fields", arguments: TestEngine.all)
    func manyValuedFilters(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let gear = try await storage.categories.saveCategory(Category(name: "Gear"), scope: .global)
            for sku in ["M-1", "M-2", "M-3"] {
                var product = Self.simple(sku, price: "1", color: "1")
                product.extensionAttributes?.websiteIds = sku == "M-3" ? [] : [1]
                _ = try await storage.products.saveProduct(product, scope: .global, saveOptions: false)
            }
            try await storage.categories.saveProductLink(CategoryProductLink(sku: "M-2", position: 0, categoryId: String(gear.id ?? 0)))
            let inGear = try await storage.products.searchProducts(Self.criteria("category_id", String(gear.id ?? 0), sort: "sku"), scope: .global)
            #expect(inGear.items.map(\.sku) == ["M-2"])
            let outside = try await storage.products.searchProducts(Self.criteria("category_id", String(gear.id ?? 0), "nin", sort: "sku"), scope: .global)
            #expect(outside.items.map(\.sku) == ["M-1", "M-3"])
            let onMain = try await storage.products.searchProducts(Self.criteria("website_id", "1", "in", sort: "sku"), scope: .global)
            #expect(onMain.items.map(\.sku) == ["M-1", "M-2"])
            let viewOne = try await storage.products.searchProducts(Self.criteria("store_id", "1", sort: "sku"), scope: .global)
            #expect(viewOne.items.map(\.sku) == ["M-1", "M-2"])

            let all = try await storage.productAttributes.searchAttributes(SearchCriteria()).totalCount
            #expect(try await storage.productAttributes.searchAttributes(Self.criteria("position", "0", "gteq")).totalCount == all)
            #expect(try await storage.productAttributes.searchAttributes(Self.criteria("attribute_set_id", "4")).totalCount == all)
            _ = try await storage.productAttributes.saveAttribute(
                ProductAttribute(isFilterable: true, position: 3, isVisibleOnFront: "1", attributeCode: "fabric", frontendInput: "text", defaultFrontendLabel: "Fabric")
            )
            #expect(try await storage.productAttributes.searchAttributes(Self.criteria("position", "3")).items.map(\.attributeCode) == ["fabric"])
            #expect(try await storage.productAttributes.searchAttributes(Self.criteria("is_visible_on_front", "1")).items.map(\.attributeCode) == ["fabric"])
            #expect(try await storage.productAttributes.searchAttributes(Self.criteria("is_filterable", "1")).items.contains { $0.attributeCode == "fabric" })
        }
    }
}
