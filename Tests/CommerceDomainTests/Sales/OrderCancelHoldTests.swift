import CommerceDomain
import Foundation
import Testing

@Suite("Canceling, holding and unholding an order")
struct OrderCancelHoldTests {
    @Test("canceling a new order cancels every row and returns all of it to stock")
    func cancelNew() throws {
        let result = try #require(OrderFixture.simple().canceling())
        #expect(result.order.state == .canceled)
        #expect(result.order.status == "canceled")
        #expect(result.order.items.map(\.qtyCanceled) == [2, 1])
        #expect(result.order.totals.totalCanceled == 30)
        #expect(result.order.totals.subtotalCanceled == 25)
        #expect(result.order.totals.shippingCanceled == 5)
        #expect(result.stock == [
            StockMovement(productId: 11, sku: "SKU-A", qty: 2), StockMovement(productId: 12, sku: "SKU-B", qty: 1),
        ])
    }

    @Test("canceling a partly invoiced order keeps it processing while invoiced quantity is left to ship")
    func cancelPartlyInvoiced() throws {
        let invoiced = try OrderFixture.simple().invoicing([OrderFixture.item(1, 1)]).order
        let result = try #require(invoiced.canceling())
        #expect(result.order.state == .processing)
        #expect(result.order.items.map(\.qtyCanceled) == [1, 1])
        #expect(result.order.totals.totalCanceled == 15)
        #expect(result.stock == [
            StockMovement(productId: 11, sku: "SKU-A", qty: 1), StockMovement(productId: 12, sku: "SKU-B", qty: 1),
        ])
    }

    @Test("canceling the rest of an invoiced and shipped part completes the order")
    func cancelToComplete() throws {
        let order = try OrderFixture.simple().invoicing([OrderFixture.item(1, 2)]).order.shipping([OrderFixture.item(1, 2)]).order
        let result = try #require(order.canceling())
        #expect(result.order.state == .complete)
        #expect(result.stock == [StockMovement(productId: 12, sku: "SKU-B", qty: 1)])
    }

    @Test("a configurable's stock is returned through its child row")
    func cancelConfigurable() throws {
        let result = try #require(OrderFixture.configurable().canceling())
        #expect(result.order.items.map(\.qtyCanceled) == [2, 2])
        #expect(result.stock == [StockMovement(productId: 21, sku: "TEE-RED", qty: 2)])
    }

    @Test("a fully invoiced order cannot be canceled")
    func cancelInvoiced() throws {
        #expect(try OrderFixture.simple().invoicing([]).order.canceling() == nil)
    }

    @Test("hold remembers the state and status, unhold restores them")
    func holdUnhold() throws {
        var order = OrderFixture.simple(state: .processing)
        order.status = "fraud"
        let held = try order.holding()
        #expect(held.state == .holded)
        #expect(held.status == "holded")
        #expect(held.holdBeforeState == .processing)
        #expect(held.holdBeforeStatus == "fraud")
        let released = try held.unholding()
        #expect(released.state == .processing)
        #expect(released.status == "fraud")
        #expect(released.holdBeforeState == nil)
        #expect(released.holdBeforeStatus == nil)
    }

    @Test("hold is refused in Magento's words", arguments: [OrderState.canceled, .paymentReview, .complete, .closed, .holded])
    func holdRefused(state: OrderState) {
        #expect(throws: CommerceError.invalidState(message: "A hold action is not available.")) {
            try OrderFixture.simple(state: state).holding()
        }
    }

    @Test("unhold is refused outside holded", arguments: OrderState.allCases.filter { $0 != .holded })
    func unholdRefused(state: OrderState) {
        #expect(throws: CommerceError.invalidState(message: "You cannot remove the hold.")) {
            try OrderFixture.simple(state: state).unholding()
        }
    }

    @Test("placing an order takes the ordered quantity of stock-holding rows only")
    func placement() {
        #expect(OrderFixture.simple().placementStock == [
            StockMovement(productId: 11, sku: "SKU-A", qty: -2), StockMovement(productId: 12, sku: "SKU-B", qty: -1),
        ])
        #expect(OrderFixture.configurable().placementStock == [StockMovement(productId: 21, sku: "TEE-RED", qty: -2)])
    }
}
