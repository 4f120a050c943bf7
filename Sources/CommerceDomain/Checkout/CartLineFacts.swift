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
    /// The totals row's `options`: a JSON string of the chosen customizable options.
    var optionLabels: String

    /// A configurable line is named and typed as its parent and priced as its child, at the
    /// child's final price for the buyer's group, the line's quantity and the day
    /// (`ProductFinalPrice`); chosen customizable options (the parent's, for a configurable) add
    /// to the price.
    ///
    /// A bundle line is priced by `BundlePricing` from the children it chose (`children` finds
    /// them by SKU).
    init(
        _ item: QuoteItem, product: Product?, parent: Product? = nil, buyer: CartBuyer, date: String,
        children: (String) -> Product? = { _ in nil }
    ) {
        self.item = item
        self.name = parent?.name ?? product?.name ?? item.sku
        let bundleChoices = BundleSelection.choices(of: item, bundle: product)
        let base: Decimal
        if let product, product.typeId == "bundle" {
            base = BundlePricing.unitPrice(
                product, choices: bundleChoices, children: children, lineQty: item.qty, customerGroupId: buyer.groupId, date: date
            )
        } else {
            base = product.map { ProductFinalPrice.of($0, qty: item.qty, customerGroupId: buyer.groupId, date: date) } ?? 0
        }
        let options = (parent ?? product)?.options ?? []
        let choices = CustomOptionSelection.choices(item.productOption)
        self.price = base + CustomOptionSelection.surcharge(options, choices: choices, basePrice: base)
            + DownloadableSelection.surcharge(product, productOption: item.productOption)
        self.optionLabels = choices.isEmpty ? "[]" : CustomOptionSelection.labels(options, choices: choices)
        self.productType = parent?.typeId ?? product?.typeId ?? "simple"
        self.taxClassId = Self.attribute("tax_class_id", of: product).flatMap(Int.init) ?? 2
        self.categoryIds = product?.extensionAttributes?.categoryLinks?.compactMap { $0.categoryId.flatMap(Int.init) } ?? []
        self.weight = product.map { $0.typeId == "bundle" ? BundlePricing.weight($0, choices: bundleChoices, children: children) : $0.weight ?? 0 } ?? 0
    }

    /// The line's facts from the cart's inputs (its product, its configurable parent, a bundle's children).
    init(_ item: QuoteItem, inputs: CartInputs) {
        self.init(
            item, product: inputs.product(item.sku), parent: item.parentSku.flatMap(inputs.product), buyer: inputs.buyer,
            date: inputs.date, children: inputs.product
        )
    }

    var isVirtual: Bool { productType == "virtual" || productType == "downloadable" }
    var rowTotal: Decimal { SalesMoney.cents(price * item.qty) }

    static func attribute(_ code: String, of product: Product?) -> String? {
        product?.customAttributeText(code)
    }
}
