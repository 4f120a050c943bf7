import CommerceDomain
import Foundation
import Testing

@Suite("Stock a lifecycle step moves with reservations on")
struct OrderReservationStockTests {
    @Test("a shipment takes its shipped quantity of every stock-holding row, a configurable's child for its parent")
    func shipped() throws {
        let order = OrderFixture.configurable()
        let shipment = try order.shipping([OrderFixture.item(1, 1)])
        #expect(order.shippedStock(shipment) == [StockMovement(productId: 21, sku: "TEE-RED", qty: 1)])
    }

    @Test("a refund of unshipped quantity only releases the reservation, returned or not")
    func unshippedRefund() throws {
        let invoiced = try OrderFixture.simple().invoicing([]).order
        let refund = try invoiced.refunding([OrderFixture.item(1, 2)], arguments: RefundArguments(shippingAmount: 0, returnToStockItems: [1]))
        let split = invoiced.refundedStock(refund, returnToStock: [1])
        #expect(split.release == [StockMovement(productId: 11, sku: "SKU-A", qty: 2)])
        #expect(split.toSource.isEmpty)
    }

    @Test("a refund past what is unshipped returns the shipped part to the source only when asked")
    func shippedRefund() throws {
        let shipped = try OrderFixture.simple().invoicing([]).order.shipping([OrderFixture.item(1, 1)]).order
        let refund = try shipped.refunding([OrderFixture.item(1, 2)], arguments: RefundArguments(shippingAmount: 0, returnToStockItems: [1]))
        let returned = shipped.refundedStock(refund, returnToStock: [1])
        #expect(returned.release == [StockMovement(productId: 11, sku: "SKU-A", qty: 1)])
        #expect(returned.toSource == [StockMovement(productId: 11, sku: "SKU-A", qty: 1)])
        let kept = shipped.refundedStock(refund, returnToStock: [])
        #expect(kept.release == [StockMovement(productId: 11, sku: "SKU-A", qty: 1)])
        #expect(kept.toSource.isEmpty)
    }
}
