import CommerceDomain
import Foundation

/// Orders the lifecycle tests start from.
enum OrderFixture {
    /// Two simple rows (2 × 10.00 and 1 × 5.00), 5.00 shipping: grand total 30.00.
    static func simple(state: OrderState = .new) -> SalesOrder {
        SalesOrder(
            entityId: 1, state: state,
            items: [
                SalesOrderItem(itemId: 1, productId: 11, sku: "SKU-A", name: "A", qtyOrdered: 2, price: 10),
                SalesOrderItem(itemId: 2, productId: 12, sku: "SKU-B", name: "B", qtyOrdered: 1, price: 5),
            ],
            totals: SalesOrderTotals(subtotal: 25, shippingAmount: 5)
        )
    }

    /// A configurable parent row with its simple child, 2 × 20.00, no shipping.
    static func configurable() -> SalesOrder {
        SalesOrder(
            entityId: 2,
            items: [
                SalesOrderItem(itemId: 1, productId: 20, sku: "TEE", productType: "configurable", qtyOrdered: 2, price: 20),
                SalesOrderItem(itemId: 2, parentItemId: 1, productId: 21, sku: "TEE-RED", qtyOrdered: 2),
            ],
            totals: SalesOrderTotals(subtotal: 40)
        )
    }

    /// One virtual row, 1 × 9.99.
    static func virtual() -> SalesOrder {
        SalesOrder(
            entityId: 3,
            items: [SalesOrderItem(itemId: 1, productId: 30, sku: "GIFT", productType: "virtual", isVirtual: true, qtyOrdered: 1, price: Decimal(string: "9.99")!)],
            totals: SalesOrderTotals(subtotal: Decimal(string: "9.99")!)
        )
    }

    /// One row of 3 × 10.00 with 3.00 tax and 1.00 discount: grand total 32.00.
    static func taxed() -> SalesOrder {
        SalesOrder(
            entityId: 4,
            items: [SalesOrderItem(itemId: 1, productId: 40, sku: "TAX", qtyOrdered: 3, price: 10, taxAmount: 3, discountAmount: 1)],
            totals: SalesOrderTotals(subtotal: 30, taxAmount: 3, discountAmount: 1)
        )
    }

    static func item(_ id: Int, _ qty: Decimal) -> DocumentItemRequest { DocumentItemRequest(orderItemId: id, qty: qty) }

    /// The message of a document validation error, or nil when `body` did not throw one.
    static func message(_ body: () throws -> Any) -> String? {
        do {
            _ = try body()
            return nil
        } catch let CommerceError.invalidState(message, _) {
            return message
        } catch {
            return "unexpected \(error)"
        }
    }
}
