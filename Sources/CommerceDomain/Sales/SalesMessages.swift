/// Magento's sales messages, as clients match on them. Document validation messages arrive
/// rendered (Magento concatenates them), so they carry their values already.
public enum SalesMessages {
    public enum Document: String, Sendable {
        case invoice = "Invoice"
        case shipment = "Shipment"
        case creditmemo = "Creditmemo"
    }

    /// One 400 whose message is `<Document> Document Validation Error(s):` and one line per problem.
    public static func documentError(_ document: Document, _ lines: [String]) -> CommerceError {
        .invalidState(message: "\(document.rawValue) Document Validation Error(s):\n" + lines.joined(separator: "\n"))
    }

    public static let holdNotAvailable = "A hold action is not available."
    public static let unholdNotAvailable = "You cannot remove the hold."

    public static let invoiceUnknownItem = "The invoice contains one or more items that are not part of the original order."
    public static let invoiceWithoutProducts = "The invoice can't be created without products. Add products and try again."
    public static let invoiceNotAllowed = "The order does not allow an invoice to be created."
    public static func invoiceRefusedInStatus(_ status: String) -> String {
        "An invoice cannot be created when an order has a status of \(status)"
    }
    public static func invoiceQtyTooHigh(_ sku: String) -> String {
        "The quantity to invoice must not be greater than the uninvoiced quantity for product SKU \"\(sku)\"."
    }

    public static let shipmentWithoutProducts = "You can't create a shipment without products."
    public static let shipmentNotAllowed = "The order does not allow a shipment to be created."
    public static let trackNumberMissing = "Please enter a tracking number."
    public static func shipmentRefusedInStatus(_ status: String) -> String {
        "A shipment cannot be created when an order has a status of \(status)"
    }
    public static func shipmentUnknownItem(_ sku: String) -> String {
        "The shipment contains product SKU \"\(sku)\" that is not part of the original order."
    }
    public static func shipQtyTooHigh(_ sku: String) -> String {
        "The quantity to ship must not be greater than the unshipped quantity for product SKU \"\(sku)\"."
    }

    public static let creditmemoNotAllowed = "The order does not allow a creditmemo to be created."
    public static let creditmemoWithoutProducts = "You can't create a creditmemo without products."
    public static let creditmemoTotalNotPositive = "The credit memo's total must be positive."
    public static let invoiceNotRefundable = "We can't create creditmemo for the invoice."
    public static let returnToStockUnknownItem =
        "The return to stock argument contains product item that is not part of the original order."
    public static func creditmemoRefusedInStatus(_ status: String) -> String {
        "A creditmemo can not be created when an order has a status of \(status)"
    }
    public static func creditmemoUnknownItem(_ sku: String) -> String {
        "The creditmemo contains product SKU \"\(sku)\" that is not part of the original order."
    }
    public static func refundQtyTooHigh(_ sku: String) -> String {
        "The quantity to creditmemo must not be greater than the unrefunded quantity for product SKU \"\(sku)\"."
    }
    public static func refundTooMuch(_ amount: String) -> String { "The most money available to refund is \(amount)." }
    public static func shippingRefundTooHigh(_ amount: String) -> String {
        "Maximum shipping amount allowed to refund is: \(amount)"
    }
    public static func returnToStockNotInCreditmemo(_ sku: String) -> String {
        "The \"\(sku)\" product is not part of the current creditmemo."
    }

    /// Offline payment methods (every method Magpie takes) can neither capture nor void: Magento's
    /// `AbstractMethod::capture()` and `::void()` refuse with these.
    public static let captureNotAvailable = "The capture action is not available."
    public static let voidNotAvailable = "The void action is not available."
    /// `CreditmemoManagementInterface::cancel` refuses every credit memo, before even loading it.
    public static let creditmemoCancelNotAllowed = "You can not cancel Credit Memo"

    /// Raw document saves (`POST /V1/invoices/`, `/V1/shipment/`, `/V1/creditmemo`).
    public static func orderIdRequired(_ document: Document) -> String {
        "Order Id is required for \(document.rawValue.lowercased()) document"
    }
    public static func existingDocument(_ document: Document) -> String {
        switch document {
        case .invoice: "We cannot register an existing invoice"
        case .shipment: "We cannot register an existing shipment"
        case .creditmemo: "We cannot register an existing credit memo."
        }
    }
}
