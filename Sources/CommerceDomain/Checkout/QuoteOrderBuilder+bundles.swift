import Foundation
import MagentoWire

extension QuoteOrderBuilder {
    /// A bundle line as order rows: the bundle's row carrying the amounts, its `bundle_options`
    /// and its line SKU (`KIT-S1-S2` unless the SKU is fixed), then one child row per chosen selection (the rows that take the stock),
    /// each ordered at the line's quantity times its quantity in the bundle. As for a
    /// configurable, the children are priced 0 and follow their parent through invoices,
    /// shipments and credit memos.
    static func bundleOrderItems(_ line: QuoteItem, _ row: CartTotalsItem, bundle: Product, inputs: CartInputs, storeId: Int) -> [OrderItem] {
        var parentRow = orderItem(line, row, product: bundle, storeId: storeId)
        parentRow.itemId = line.itemId
        parentRow.sku = BundleSelection.lineSku(of: line, bundle: bundle)
        let children = BundleSelection.choices(of: line, bundle: bundle).map { choice in
            childRow(of: line, product: inputs.product(choice.link.sku ?? ""), sku: choice.link.sku ?? "", qty: line.qty * choice.qty, storeId: storeId)
        }
        return [parentRow] + children
    }
}
