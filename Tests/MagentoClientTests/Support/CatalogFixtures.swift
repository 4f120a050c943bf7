import Foundation
import MagentoWire

/// Products and categories for the end-to-end tests.
enum CatalogFixtures {
    static func product(_ sku: String, price: Decimal = 10, qty: Decimal = 5, categories: [Int] = []) -> Product {
        Product(
            sku: sku, name: "Product \(sku)", attributeSetId: 4, price: price, status: 1, visibility: 4, typeId: "simple",
            weight: 1,
            extensionAttributes: ProductExtensionAttributes(
                categoryLinks: categories.isEmpty ? nil : categories.map { CategoryLink(position: 0, categoryId: String($0)) },
                stockItem: StockItem(qty: qty, isInStock: qty > 0)
            )
        )
    }
}
