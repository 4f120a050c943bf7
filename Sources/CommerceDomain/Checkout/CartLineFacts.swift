import Foundation
import MagentoWire

/// What pricing reads from a line's product.
struct CartLineFacts {
    var item: QuoteItem
    var name: String
    var price: Decimal
    var productType: String
    var taxClassId: Int
    var categoryIds: [Int]
    var weight: Decimal

    /// A configurable line is named and typed as its parent and priced as its child.
    init(_ item: QuoteItem, product: Product?, parent: Product? = nil) {
        self.item = item
        self.name = parent?.name ?? product?.name ?? item.sku
        self.price = product?.price ?? 0
        self.productType = parent?.typeId ?? product?.typeId ?? "simple"
        self.taxClassId = Self.attribute("tax_class_id", of: product).flatMap(Int.init) ?? 2
        self.categoryIds = product?.extensionAttributes?.categoryLinks?.compactMap { $0.categoryId.flatMap(Int.init) } ?? []
        self.weight = product?.weight ?? 0
    }

    var isVirtual: Bool { productType == "virtual" || productType == "downloadable" }
    var rowTotal: Decimal { SalesMoney.cents(price * item.qty) }

    static func attribute(_ code: String, of product: Product?) -> String? {
        guard let value = product?.customAttributes?.first(where: { $0.attributeCode == code })?.value else { return nil }
        return value.stringValue ?? value.numberText
    }
}
