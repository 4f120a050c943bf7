import Foundation
import MagentoWire

/// Magpie's test card gateway (`magpie_gateway`): an online payment method, off unless
/// `payment/magpie_gateway/active` is set, that records gateway transactions as Braintree or
/// PayPal would, so connectors that reconcile payments (`/V1/transactions`) have something real
/// to read. Placing an order authorizes; an invoice with `capture: true` captures; a refund with
/// `isOnline: true` refunds the capture; canceling voids the authorization. No money moves.
public enum TestGateway {
    public static let code = "magpie_gateway"
    public static let title = "Magpie Test Gateway"

    /// A gateway reference: `mgw_` and 24 hex digits.
    public static func newTransactionId() -> String {
        "mgw_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(24)
    }

    public static func isGateway(_ order: Order) -> Bool {
        order.payment?.method == code
    }

    /// Every line fully invoiced: the authorization is used up and closes.
    public static func isFullyInvoiced(_ order: Order) -> Bool {
        (order.items ?? []).filter { $0.parentItemId == nil }.allSatisfy { ($0.qtyInvoiced ?? 0) >= ($0.qtyOrdered ?? 0) - ($0.qtyCanceled ?? 0) }
    }
}
