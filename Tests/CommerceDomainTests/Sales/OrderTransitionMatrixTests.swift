import CommerceDomain
import Foundation
import Testing

/// Every operation tried in every state on an order that has something left to invoice, ship
/// and refund, so only the state decides.
@Suite("Which operations each state allows")
struct OrderTransitionMatrixTests {
    enum Operation: String, CaseIterable, Sendable {
        case invoice, ship, refund, cancel, hold, unhold
    }

    /// Row 1 half invoiced (paid 15.00), nothing shipped.
    func order(in state: OrderState) throws -> SalesOrder {
        var order = try OrderFixture.simple().invoicing([OrderFixture.item(1, 1)]).order
        order.state = state
        order.status = state.defaultStatus
        if state == .holded {
            order.holdBeforeState = .processing
            order.holdBeforeStatus = "processing"
        }
        return order
    }

    static let allowed: [Operation: Set<OrderState>] = [
        .invoice: [.new, .pendingPayment, .processing],
        .ship: [.new, .pendingPayment, .processing, .complete, .closed],
        .refund: [.new, .pendingPayment, .processing, .complete],
        .cancel: [.new, .pendingPayment, .processing],
        .hold: [.new, .pendingPayment, .processing],
        .unhold: [.holded],
    ]

    /// Applies the operation; false when it was refused (a thrown error or cancel's `nil`).
    func attempt(_ operation: Operation, on order: SalesOrder) -> Bool {
        do {
            switch operation {
            case .invoice: _ = try order.invoicing([OrderFixture.item(2, 1)])
            case .ship: _ = try order.shipping([OrderFixture.item(2, 1)])
            case .refund: _ = try order.refunding([OrderFixture.item(1, 1)], arguments: RefundArguments(shippingAmount: 0))
            case .cancel: return order.canceling() != nil
            case .hold: _ = try order.holding()
            case .unhold: _ = try order.unholding()
            }
            return true
        } catch {
            return false
        }
    }

    @Test("each operation is allowed exactly in Magento's states", arguments: OrderState.allCases)
    func matrix(state: OrderState) throws {
        let order = try order(in: state)
        for operation in Operation.allCases {
            let expected = Self.allowed[operation]!.contains(state)
            #expect(attempt(operation, on: order) == expected, "\(operation) in \(state)")
        }
    }

    @Test("the capability checks agree with the matrix", arguments: OrderState.allCases)
    func capabilities(state: OrderState) throws {
        let order = try order(in: state)
        #expect(order.canInvoice == Self.allowed[.invoice]!.contains(state))
        #expect(order.canCancel == Self.allowed[.cancel]!.contains(state))
        #expect(order.canHold == Self.allowed[.hold]!.contains(state))
        #expect(order.canUnhold == Self.allowed[.unhold]!.contains(state))
        #expect(order.canCreditmemo == Self.allowed[.refund]!.contains(state))
    }

    @Test("a refused operation leaves the order value untouched")
    func refusedIsPure() throws {
        let order = try order(in: .holded)
        let copy = order
        _ = attempt(.invoice, on: order)
        _ = attempt(.ship, on: order)
        _ = attempt(.refund, on: order)
        #expect(order == copy)
    }
}
