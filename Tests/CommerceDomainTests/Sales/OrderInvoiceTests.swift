import CommerceDomain
import Foundation
import Testing

@Suite("Invoicing an order")
struct OrderInvoiceTests {
    @Test("no items invoices everything left, with the shipping, and the new order starts processing")
    func invoiceAll() throws {
        let result = try OrderFixture.simple().invoicing([])
        #expect(result.lines.map(\.orderItemId) == [1, 2])
        #expect(result.lines.map(\.qty) == [2, 1])
        #expect(result.totals.subtotal == 25)
        #expect(result.totals.shippingAmount == 5)
        #expect(result.totals.grandTotal == 30)
        #expect(result.totals.totalQty == 3)
        #expect(result.order.items.map(\.qtyInvoiced) == [2, 1])
        #expect(result.order.totals.totalInvoiced == 30)
        #expect(result.order.totals.totalPaid == 30)
        #expect(result.order.totals.totalDue == 0)
        #expect(result.order.state == .processing)
        #expect(result.order.status == "processing")
        #expect(result.stock.isEmpty)
    }

    @Test("a partial invoice takes the requested quantity, and the shipping only once")
    func partial() throws {
        let first = try OrderFixture.simple().invoicing([OrderFixture.item(1, 1)])
        #expect(first.totals.subtotal == 10)
        #expect(first.totals.shippingAmount == 5)
        #expect(first.order.items.map(\.qtyInvoiced) == [1, 0])
        #expect(first.order.totals.totalPaid == 15)
        #expect(first.order.totals.totalDue == 15)
        let second = try first.order.invoicing([])
        #expect(second.totals.shippingAmount == 0)
        #expect(second.totals.subtotal == 15)
        #expect(second.order.totals.totalPaid == 30)
        #expect(second.order.state == .processing)
    }

    @Test("invoicing what was already shipped completes the order")
    func completes() throws {
        let shipped = try OrderFixture.simple().shipping([])
        #expect(shipped.order.state == .processing)
        let invoiced = try shipped.order.invoicing([])
        #expect(invoiced.order.state == .complete)
        #expect(invoiced.order.status == "complete")
    }

    @Test("a virtual order is complete once invoiced")
    func virtualCompletes() throws {
        let result = try OrderFixture.virtual().invoicing([])
        #expect(result.order.state == .complete)
        #expect(result.totals.grandTotal == Decimal(string: "9.99")!)
    }

    @Test("tax and discount are shared by quantity, and the last invoice takes the rest")
    func taxShares() throws {
        let first = try OrderFixture.taxed().invoicing([OrderFixture.item(1, 1)])
        #expect(first.totals.taxAmount == 1)
        #expect(first.totals.discountAmount == Decimal(string: "0.33")!)
        #expect(first.totals.grandTotal == Decimal(string: "10.67")!)
        let rest = try first.order.invoicing([])
        #expect(rest.totals.taxAmount == 2)
        #expect(rest.totals.discountAmount == Decimal(string: "0.67")!)
        #expect(rest.order.totals.totalInvoiced == 32)
    }

    @Test("a configurable's child row follows its parent and carries no money of its own")
    func configurable() throws {
        let result = try OrderFixture.configurable().invoicing([OrderFixture.item(1, 1)])
        #expect(result.lines.map(\.orderItemId) == [1, 2])
        #expect(result.lines.map(\.qty) == [1, 1])
        #expect(result.order.items.map(\.qtyInvoiced) == [1, 1])
        #expect(result.totals.subtotal == 20)
        #expect(result.totals.totalQty == 1)
    }

    @Test("more than is left to invoice is refused with the SKU")
    func tooMuch() {
        let message = OrderFixture.message { try OrderFixture.simple().invoicing([OrderFixture.item(1, 3)]) }
        #expect(message == "Invoice Document Validation Error(s):\nThe quantity to invoice must not be greater than the uninvoiced quantity for product SKU \"SKU-A\".")
    }

    @Test("an item that is not on the order is refused")
    func unknownItem() {
        let message = OrderFixture.message { try OrderFixture.simple().invoicing([OrderFixture.item(99, 1)]) }
        #expect(message == "Invoice Document Validation Error(s):\nThe invoice contains one or more items that are not part of the original order.")
    }

    @Test("zero quantities make an invoice without products")
    func withoutProducts() {
        let message = OrderFixture.message { try OrderFixture.simple().invoicing([OrderFixture.item(1, 0)]) }
        #expect(message == "Invoice Document Validation Error(s):\nThe invoice can't be created without products. Add products and try again.")
    }

    @Test("an order with nothing left to invoice does not allow an invoice")
    func nothingLeft() throws {
        let invoiced = try OrderFixture.simple().invoicing([]).order
        let message = OrderFixture.message { try invoiced.invoicing([]) }
        #expect(message == "Invoice Document Validation Error(s):\nThe invoice can't be created without products. Add products and try again.\nThe order does not allow an invoice to be created.")
    }

    @Test(
        "states that refuse an invoice name the status",
        arguments: [OrderState.paymentReview, .holded, .canceled, .complete, .closed]
    )
    func refusedStates(state: OrderState) {
        let order = OrderFixture.simple(state: state)
        let message = OrderFixture.message { try order.invoicing([OrderFixture.item(1, 1)]) }
        #expect(message == "Invoice Document Validation Error(s):\nAn invoice cannot be created when an order has a status of \(state.defaultStatus)")
    }

    @Test("every problem is listed, the quantity problems before the order's")
    func allProblems() {
        let message = OrderFixture.message {
            try OrderFixture.simple(state: .holded).invoicing([OrderFixture.item(1, 5), OrderFixture.item(2, 2)])
        }
        #expect(message == """
            Invoice Document Validation Error(s):
            The quantity to invoice must not be greater than the uninvoiced quantity for product SKU "SKU-A".
            The quantity to invoice must not be greater than the uninvoiced quantity for product SKU "SKU-B".
            An invoice cannot be created when an order has a status of holded
            """)
    }

    @Test("a pending-payment order can be invoiced and starts processing")
    func pendingPayment() throws {
        let result = try OrderFixture.simple(state: .pendingPayment).invoicing([OrderFixture.item(1, 1)])
        #expect(result.order.state == .processing)
    }

    @Test("invoicing resets a processing order's custom status to the default")
    func statusReset() throws {
        var order = OrderFixture.simple(state: .processing)
        order.status = "fraud"
        #expect(try order.invoicing([OrderFixture.item(1, 1)]).order.status == "processing")
    }
}
