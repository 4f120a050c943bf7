import Foundation

/// Moving quantity on a row together with its child rows.
extension SalesOrder {
    /// Adds `qty` to one quantity field of the row and, in proportion, of its children; returns
    /// the document lines for the row and each child, with the row's money share.
    mutating func move(
        _ field: WritableKeyPath<SalesOrderItem, Decimal>, qty: Decimal, onItem id: Int,
        money: (SalesOrderItem, Decimal) -> (row: Decimal, tax: Decimal, discount: Decimal)
    ) -> [DocumentLine] {
        guard let index = items.firstIndex(where: { $0.itemId == id }) else { return [] }
        let parent = items[index]
        var lines = [line(for: parent, qty: qty, money: money(parent, qty))]
        items[index][keyPath: field] += qty
        for childIndex in items.indices where items[childIndex].parentItemId == id {
            let child = items[childIndex]
            let childQty = parent.qtyOrdered > 0 ? qty * child.qtyOrdered / parent.qtyOrdered : qty
            lines.append(line(for: child, qty: childQty, money: money(child, childQty)))
            items[childIndex][keyPath: field] += childQty
        }
        return lines
    }

    /// Row money for `qty` units: the price times the quantity, and the share of the row's tax
    /// and discount that the quantity carries out of `base` units (what is left when `isLast`).
    static func proRata(
        tax: KeyPath<SalesOrderItem, Decimal>, taxTaken: KeyPath<SalesOrderItem, Decimal>,
        discount: KeyPath<SalesOrderItem, Decimal>, discountTaken: KeyPath<SalesOrderItem, Decimal>,
        base: KeyPath<SalesOrderItem, Decimal>, isLast: Bool
    ) -> (SalesOrderItem, Decimal) -> (row: Decimal, tax: Decimal, discount: Decimal) {
        { row, qty in
            (
                SalesMoney.cents(row.price * qty),
                SalesMoney.share(of: row[keyPath: tax], taken: row[keyPath: taxTaken], qty: qty, ordered: row[keyPath: base], isLast: isLast),
                SalesMoney.share(
                    of: row[keyPath: discount], taken: row[keyPath: discountTaken], qty: qty, ordered: row[keyPath: base], isLast: isLast
                )
            )
        }
    }

    private func line(
        for item: SalesOrderItem, qty: Decimal, money: (row: Decimal, tax: Decimal, discount: Decimal)
    ) -> DocumentLine {
        DocumentLine(
            orderItemId: item.itemId, parentOrderItemId: item.parentItemId, productId: item.productId,
            sku: item.sku, name: item.name, qty: qty, price: item.price, rowTotal: money.row,
            taxAmount: money.tax, discountAmount: money.discount
        )
    }

    /// Requested rows keyed by order item (a repeated id keeps its last quantity, as Magento's
    /// array does), in order-item order; rows asking for nothing are dropped.
    static func requested(_ items: [DocumentItemRequest]) -> [Int: Decimal] {
        var byId: [Int: Decimal] = [:]
        for item in items { byId[item.orderItemId] = item.qty }
        return byId
    }

    /// Stock movements for document lines: rows of types that hold stock, in the given sign.
    static func stockMovements(_ lines: [DocumentLine], in order: SalesOrder, sign: Decimal) -> [StockMovement] {
        lines.compactMap { line in
            guard let item = order.item(line.orderItemId), item.movesStock, line.qty != 0 else { return nil }
            return StockMovement(productId: item.productId, sku: item.sku, qty: sign * line.qty)
        }
    }
}
