import Foundation
import MagentoWire

extension QuoteOrderBuilder {
    /// A bundle line as order rows: the bundle's row carrying the amounts and its
    /// `bundle_options`, then one child row per chosen selection (the rows that take the stock),
    /// each ordered at the line's quantity times its quantity in the bundle. As for a
    /// configurable, the children are priced 0 and follow their parent through invoices,
    /// shipments and credit memos.
    static func bundleOrderItems(_ line: QuoteItem, _ row: CartTotalsItem, bundle: Product, inputs: CartInputs, storeId: Int) -> [OrderItem] {
        var parentRow = orderItem(line, row, product: bundle, storeId: storeId)
        parentRow.itemId = line.itemId
        let children = BundleSelection.choices(of: line, bundle: bundle).map { choice in
            let product = inputs.product(choice.link.sku ?? "")
            var child = OrderItem()
            child.parentItemId = line.itemId
            child.quoteItemId = line.itemId
            child.storeId = storeId
            child.productId = product?.id
            child.productType = product?.typeId ?? "simple"
            child.sku = product?.sku ?? choice.link.sku
            child.name = product?.name ?? choice.link.sku
            child.weight = product?.weight
            child.qtyOrdered = line.qty * choice.qty
            child.price = 0
            return child
        }
        return [parentRow] + children
    }
}
