import CommerceDomain
import Foundation
import Testing

@Suite("Refunding an order")
struct OrderRefundTests {
    func invoicedAndShipped() throws -> SalesOrder {
        try OrderFixture.simple().invoicing([]).order.shipping([]).order
    }

    @Test("a full refund of a complete order closes it and refunds every paid cent")
    func fullRefund() throws {
        let order = try invoicedAndShipped()
        #expect(order.state == .complete)
        let result = try order.refunding([])
        #expect(result.totals.subtotal == 25)
        #expect(result.totals.shippingAmount == 5)
        #expect(result.totals.grandTotal == 30)
        #expect(result.order.totals.totalRefunded == 30)
        #expect(result.order.items.map(\.qtyRefunded) == [2, 1])
        #expect(result.order.state == .closed)
        #expect(result.order.status == "closed")
        #expect(result.stock.isEmpty)
    }

    @Test("a partial refund keeps a complete order complete")
    func partialKeepsComplete() throws {
        let result = try invoicedAndShipped().refunding([OrderFixture.item(1, 1)], arguments: RefundArguments(shippingAmount: 0))
        #expect(result.totals.grandTotal == 10)
        #expect(result.order.state == .complete)
        #expect(result.order.totals.refundable == 20)
    }

    @Test("a partial refund keeps a processing order processing")
    func partialKeepsProcessing() throws {
        let invoiced = try OrderFixture.simple().invoicing([]).order
        let result = try invoiced.refunding([OrderFixture.item(1, 1)], arguments: RefundArguments(shippingAmount: 0))
        #expect(result.order.state == .processing)
    }

    @Test("refunding everything of an invoiced, unshipped order closes it")
    func refundUnshipped() throws {
        let invoiced = try OrderFixture.simple().invoicing([]).order
        #expect(try invoiced.refunding([]).order.state == .closed)
    }

    @Test("only rows named in return_to_stock_items go back to stock")
    func returnToStock() throws {
        let result = try invoicedAndShipped().refunding([], arguments: RefundArguments(returnToStockItems: [2]))
        #expect(result.stock == [StockMovement(productId: 12, sku: "SKU-B", qty: 1)])
    }

    @Test("returning a configurable row returns its child's stock")
    func configurableReturn() throws {
        let invoiced = try OrderFixture.configurable().invoicing([]).order
        let result = try invoiced.refunding([OrderFixture.item(1, 1)], arguments: RefundArguments(returnToStockItems: [1]))
        #expect(result.stock == [StockMovement(productId: 21, sku: "TEE-RED", qty: 1)])
        #expect(result.order.items.map(\.qtyRefunded) == [1, 1])
    }

    @Test("adjustments change the credit memo total")
    func adjustments() throws {
        let result = try invoicedAndShipped().refunding(
            [OrderFixture.item(1, 1)],
            arguments: RefundArguments(shippingAmount: 2, adjustmentPositive: 3, adjustmentNegative: 1)
        )
        #expect(result.totals.grandTotal == 14)
        #expect(result.order.totals.shippingRefunded == 2)
        #expect(result.order.totals.adjustmentPositive == 3)
        #expect(result.order.totals.adjustmentNegative == 1)
    }

    @Test("tax is refunded in proportion to what was invoiced")
    func taxShares() throws {
        let invoiced = try OrderFixture.taxed().invoicing([]).order
        let first = try invoiced.refunding([OrderFixture.item(1, 1)])
        #expect(first.totals.taxAmount == 1)
        #expect(first.totals.discountAmount == Decimal(string: "0.33")!)
        let rest = try first.order.refunding([])
        #expect(rest.order.totals.totalRefunded == 32)
        #expect(rest.order.state == .closed)
    }

    @Test("an order nothing was paid on does not allow a credit memo")
    func nothingPaid() {
        let message = OrderFixture.message { try OrderFixture.simple().refunding([]) }
        #expect(message == "Creditmemo Document Validation Error(s):\nThe order does not allow a creditmemo to be created.\nYou can't create a creditmemo without products.\nThe credit memo's total must be positive.")
    }

    @Test("states that refuse a credit memo name the status", arguments: [OrderState.paymentReview, .holded, .canceled, .closed])
    func refusedStates(state: OrderState) throws {
        var order = try OrderFixture.simple().invoicing([]).order
        order.state = state
        order.status = state.defaultStatus
        let message = OrderFixture.message { try order.refunding([OrderFixture.item(1, 1)]) }
        #expect(message == "Creditmemo Document Validation Error(s):\nA creditmemo can not be created when an order has a status of \(state.defaultStatus)")
    }

    @Test("more than is left to refund is refused with the SKU")
    func tooMuch() throws {
        let invoiced = try OrderFixture.simple().invoicing([OrderFixture.item(1, 1)]).order
        let message = OrderFixture.message { try invoiced.refunding([OrderFixture.item(1, 2)], arguments: RefundArguments(shippingAmount: 0)) }
        #expect(message == "Creditmemo Document Validation Error(s):\nThe quantity to creditmemo must not be greater than the unrefunded quantity for product SKU \"SKU-A\".\nYou can't create a creditmemo without products.\nThe credit memo's total must be positive.")
    }

    @Test("an item that is not on the order is refused")
    func unknownItem() throws {
        let message = OrderFixture.message { try invoicedAndShipped().refunding([OrderFixture.item(9, 1), OrderFixture.item(1, 1)]) }
        #expect(message == "Creditmemo Document Validation Error(s):\nThe creditmemo contains product SKU \"9\" that is not part of the original order.")
    }

    @Test("a negative adjustment larger than the rows makes the total not positive")
    func notPositive() throws {
        let message = OrderFixture.message {
            try invoicedAndShipped().refunding([OrderFixture.item(2, 1)], arguments: RefundArguments(shippingAmount: 0, adjustmentNegative: 6))
        }
        #expect(message == "Creditmemo Document Validation Error(s):\nThe credit memo's total must be positive.")
    }

    @Test("more money than was paid is refused with the amount available")
    func tooMuchMoney() throws {
        let message = OrderFixture.message {
            try invoicedAndShipped().refunding([], arguments: RefundArguments(adjustmentPositive: Decimal(string: "1000.5")!))
        }
        #expect(message == "Creditmemo Document Validation Error(s):\nThe most money available to refund is $30.00.")
    }

    @Test("more shipping than was invoiced is refused")
    func tooMuchShipping() throws {
        let message = OrderFixture.message {
            try invoicedAndShipped().refunding([OrderFixture.item(1, 1)], arguments: RefundArguments(shippingAmount: 6))
        }
        #expect(message == "Creditmemo Document Validation Error(s):\nMaximum shipping amount allowed to refund is: $5.00")
    }

    @Test("return_to_stock_items must be rows of the order and of the credit memo")
    func returnToStockChecks() throws {
        let order = try invoicedAndShipped()
        let unknown = OrderFixture.message {
            try order.refunding([OrderFixture.item(1, 1)], arguments: RefundArguments(returnToStockItems: [42]))
        }
        #expect(unknown == "Creditmemo Document Validation Error(s):\nThe return to stock argument contains product item that is not part of the original order.")
        let other = OrderFixture.message {
            try order.refunding([OrderFixture.item(1, 1)], arguments: RefundArguments(returnToStockItems: [2]))
        }
        #expect(other == "Creditmemo Document Validation Error(s):\nThe \"SKU-B\" product is not part of the current creditmemo.")
    }

    @Test("an invoice refund is limited to that invoice's rows and money")
    func invoiceLimit() throws {
        let first = try OrderFixture.simple().invoicing([OrderFixture.item(1, 1)])
        let order = try first.order.invoicing([]).order
        let limit = InvoiceRefundLimit(qtyByOrderItem: [1: 1], amount: first.totals.grandTotal)
        let result = try order.refunding([], invoice: limit)
        #expect(result.lines.map(\.qty) == [1])
        #expect(result.totals.grandTotal == 15)
        let message = OrderFixture.message { try order.refunding([OrderFixture.item(2, 1)], invoice: limit) }
        #expect(message == "Creditmemo Document Validation Error(s):\nThe quantity to creditmemo must not be greater than the unrefunded quantity for product SKU \"SKU-B\".")
    }

    @Test("a fully refunded invoice cannot be refunded again")
    func invoiceExhausted() throws {
        let order = try OrderFixture.simple().invoicing([]).order
        let message = OrderFixture.message { try order.refunding([], invoice: InvoiceRefundLimit(qtyByOrderItem: [:], amount: 0)) }
        #expect(message?.hasPrefix("Creditmemo Document Validation Error(s):\nWe can't create creditmemo for the invoice.") == true)
    }
}
