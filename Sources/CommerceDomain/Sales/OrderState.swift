/// Magento's order states (`sales_order.state`) and the status each one gets by default.
public enum OrderState: String, Sendable, CaseIterable, Codable {
    case new
    case pendingPayment = "pending_payment"
    case processing
    case complete
    case closed
    case canceled
    case holded
    case paymentReview = "payment_review"

    /// The status Magento assigns with the state (`sales_order_status_state.is_default`).
    public var defaultStatus: String {
        switch self {
        case .new: "pending"
        default: rawValue
        }
    }

    /// Statuses Magento's install data assigns to the state besides the default one.
    public var allowedStatuses: [String] {
        switch self {
        case .processing, .paymentReview: [defaultStatus, "fraud"]
        default: [defaultStatus]
        }
    }
}
