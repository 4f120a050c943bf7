import CommerceDomain
import Foundation
import Testing

@Suite("Shipping an order")
struct OrderShipmentTests {
    @Test("no items ships everything left; shipping alone never completes the order")
    func shipAll() throws {
        let result = try OrderFixture.simple().shipping([])
        #expect(result.lines.map(\.qty) == [2, 1])
        #expect(result.totals.totalQty == 3)
        #expect(result.order.items.map(\.qtyShipped) == [2, 1])
        #expect(result.order.state == .processing)
        #expect(result.order.status == "processing")
        #expect(result.stock.isEmpty)
    }

    @Test("a partial shipment of an invoiced order keeps processing, the last one completes it")
    func partialThenComplete() throws {
        let invoiced = try OrderFixture.simple().invoicing([]).order
        let partial = try invoiced.shipping([OrderFixture.item(1, 1)])
        #expect(partial.order.state == .processing)
        #expect(partial.order.items.map(\.qtyShipped) == [1, 0])
        let rest = try partial.order.shipping([])
        #expect(rest.lines.map(\.qty) == [1, 1])
        #expect(rest.order.state == .complete)
    }

    @Test("a configurable's child row is shipped with its parent")
    func configurable() throws {
        let result = try OrderFixture.configurable().shipping([])
        #expect(result.order.items.map(\.qtyShipped) == [2, 2])
        #expect(result.lines.map(\.sku) == ["TEE", "TEE-RED"])
    }

    @Test("more than is left to ship is refused with the SKU")
    func tooMuch() {
        let message = OrderFixture.message { try OrderFixture.simple().shipping([OrderFixture.item(2, 2)]) }
        #expect(message == "Shipment Document Validation Error(s):\nThe quantity to ship must not be greater than the unshipped quantity for product SKU \"SKU-B\".")
    }

    @Test("an item that is not on the order is refused")
    func unknownItem() {
        let message = OrderFixture.message { try OrderFixture.simple().shipping([OrderFixture.item(7, 1), OrderFixture.item(1, 1)]) }
        #expect(message == "Shipment Document Validation Error(s):\nThe shipment contains product SKU \"7\" that is not part of the original order.")
    }

    @Test("a track without a number is refused")
    func trackNumber() {
        let message = OrderFixture.message {
            try OrderFixture.simple().shipping([], tracks: [TrackRequest(trackNumber: "", title: "UPS", carrierCode: "ups")])
        }
        #expect(message == "Shipment Document Validation Error(s):\nPlease enter a tracking number.")
    }

    @Test("a fully shipped order does not allow another shipment")
    func nothingLeft() throws {
        let shipped = try OrderFixture.simple().shipping([]).order
        let message = OrderFixture.message { try shipped.shipping([]) }
        #expect(message == "Shipment Document Validation Error(s):\nYou can't create a shipment without products.\nThe order does not allow a shipment to be created.")
    }

    @Test("states that refuse a shipment name the status", arguments: [OrderState.paymentReview, .holded, .canceled])
    func refusedStates(state: OrderState) {
        let message = OrderFixture.message { try OrderFixture.simple(state: state).shipping([OrderFixture.item(1, 1)]) }
        #expect(message == "Shipment Document Validation Error(s):\nA shipment cannot be created when an order has a status of \(state.defaultStatus)")
    }

    @Test("a virtual order cannot be shipped")
    func virtualOrder() {
        let message = OrderFixture.message { try OrderFixture.virtual().shipping([OrderFixture.item(1, 1)]) }
        #expect(message == "Shipment Document Validation Error(s):\nA shipment cannot be created when an order has a status of pending")
    }

    @Test("refunded quantity is no longer shippable")
    func refundedNotShippable() throws {
        let refunded = try OrderFixture.simple().invoicing([]).order.refunding([OrderFixture.item(2, 1)], arguments: RefundArguments(shippingAmount: 0))
        #expect(refunded.order.items[1].qtyToShip == 0)
        let message = OrderFixture.message { try refunded.order.shipping([OrderFixture.item(2, 1)]) }
        #expect(message == "Shipment Document Validation Error(s):\nThe quantity to ship must not be greater than the unshipped quantity for product SKU \"SKU-B\".")
    }
}
