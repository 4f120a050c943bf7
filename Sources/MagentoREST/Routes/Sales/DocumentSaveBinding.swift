import CommerceDomain
import Foundation
import MagentoWire

/// Magento's raw document saves (`POST /V1/invoices/`, `/V1/shipment/`, `/V1/creditmemo`,
/// `/V1/creditmemo/refund`) store the entity as sent and leave the order as it was, so an invoice
/// saved that way pays for nothing and a shipment ships nothing. Magpie runs them through the
/// same transitions as `POST /V1/order/:id/invoice|ship|refund` instead: the same checks, and one
/// transaction with the order, the stock and the outbox event. The rows, the first comment, the
/// tracks and the refund money are read from the entity; an empty `items` means "everything left".
enum DocumentSave {
    /// The order the entity belongs to. A stored document cannot be registered again, and an
    /// entity naming no order is refused the way Magento's document validators refuse it.
    static func orderId(entityId: Int?, orderId: Int?, _ document: SalesMessages.Document) throws -> Int {
        if entityId != nil { throw CommerceError.invalidState(message: SalesMessages.existingDocument(document)) }
        guard let orderId, orderId > 0 else {
            throw SalesMessages.documentError(document, [SalesMessages.orderIdRequired(document)])
        }
        return orderId
    }

    /// The rows and the first non-empty comment (its `is_customer_notified` is the `notify` flag).
    static func rowsAndComment(_ rows: [(orderItemId: Int?, qty: Decimal?)], comments: [SalesComment]?) -> DocumentRequest {
        let comment = comments?.first { !($0.comment ?? "").isEmpty }
        return DocumentRequest(
            items: rows.map { DocumentItemRequest(orderItemId: $0.orderItemId ?? 0, qty: $0.qty ?? 0) },
            comment: comment.map { DocumentCommentCreation(comment: $0.comment, isVisibleOnFront: $0.isVisibleOnFront) },
            notify: comment?.isCustomerNotified == 1
        )
    }

    static func request(_ invoice: Invoice) -> DocumentRequest {
        rowsAndComment((invoice.items ?? []).map { ($0.orderItemId, $0.qty) }, comments: invoice.comments)
    }

    static func request(_ shipment: Shipment) -> DocumentRequest {
        var request = rowsAndComment((shipment.items ?? []).map { ($0.orderItemId, $0.qty) }, comments: shipment.comments)
        request.tracks = (shipment.tracks ?? []).map {
            TrackRequest(trackNumber: $0.trackNumber, title: $0.title, carrierCode: $0.carrierCode)
        }
        return request
    }

    /// Stock goes back only when asked, and a credit memo entity has no field to ask with, so a raw
    /// refund returns nothing to stock (as in Magento, whose auto-return setting is off by default).
    static func request(_ memo: Creditmemo) -> DocumentRequest {
        var request = rowsAndComment((memo.items ?? []).map { ($0.orderItemId, $0.qty) }, comments: memo.comments)
        request.refund = RefundArguments(
            shippingAmount: memo.shippingAmount, adjustmentPositive: memo.adjustmentPositive ?? 0,
            adjustmentNegative: memo.adjustmentNegative ?? 0
        )
        return request
    }

    /// Refunds a credit memo entity against its invoice when it names one (which must belong to
    /// the order it names, if any), otherwise against its order; answers the stored credit memo.
    static func refund(_ memo: Creditmemo, sales: any SalesRepository, stock: StockConfiguration) async throws -> Creditmemo {
        if memo.entityId != nil {
            throw CommerceError.invalidState(message: SalesMessages.existingDocument(.creditmemo))
        }
        let id: Int
        if let invoiceId = memo.invoiceId {
            let invoiceOrder = try await sales.invoice(id: invoiceId).orderId
            if let orderId = memo.orderId, orderId != invoiceOrder {
                throw SalesMessages.documentError(.creditmemo, [SalesMessages.invoiceNotRefundable])
            }
            id = try await sales.refund(orderId: 0, invoiceId: invoiceId, request(memo), stock: stock)
        } else {
            let order = try orderId(entityId: nil, orderId: memo.orderId, .creditmemo)
            id = try await sales.refund(orderId: order, invoiceId: nil, request(memo), stock: stock)
        }
        return try await sales.creditmemo(id: id)
    }
}
