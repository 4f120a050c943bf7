import CommerceDomain
import Testing

@Suite("Order states and their default statuses")
struct OrderStateTests {
    @Test(
        "each state has Magento's default status",
        arguments: [
            (OrderState.new, "pending"), (.pendingPayment, "pending_payment"), (.processing, "processing"),
            (.complete, "complete"), (.closed, "closed"), (.canceled, "canceled"), (.holded, "holded"),
            (.paymentReview, "payment_review"),
        ]
    )
    func defaultStatus(state: OrderState, status: String) {
        #expect(state.defaultStatus == status)
    }

    @Test("processing and payment review also allow the fraud status")
    func fraud() {
        #expect(OrderState.processing.allowedStatuses == ["processing", "fraud"])
        #expect(OrderState.paymentReview.allowedStatuses == ["payment_review", "fraud"])
        #expect(OrderState.complete.allowedStatuses == ["complete"])
    }

    @Test("states travel as Magento's codes")
    func rawValues() {
        #expect(OrderState(rawValue: "pending_payment") == .pendingPayment)
        #expect(OrderState(rawValue: "payment_review") == .paymentReview)
        #expect(OrderState.allCases.count == 8)
    }

    @Test("a new order gets the state's default status")
    func newOrderStatus() {
        #expect(OrderFixture.simple().status == "pending")
    }
}
