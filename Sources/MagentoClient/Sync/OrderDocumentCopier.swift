import Foundation
import MagentoWire

/// Copies an order's invoices, shipments and credit memos into the target's copy of the order,
/// through the raw saves (`POST /V1/invoices`, `/V1/shipment`, `/V1/creditmemo`), so that the
/// target invoices, ships and refunds the same rows and money and settles in the same state.
///
/// The target numbers the documents itself (the raw saves take no `increment_id`), so documents
/// are matched by position: the target's copy of an order only ever receives documents from
/// here, oldest first, so its n-th invoice is the source's n-th. Nothing is listed when the rows'
/// invoiced, shipped and refunded quantities already agree, which is what makes a repeated run
/// create nothing. Invoices go first, then shipments, then credit memos (a credit memo refunds
/// invoiced quantities, and its invoice goes through the invoice map).
struct OrderDocumentCopier {
    let source: MagentoClient
    let target: MagentoClient

    /// Each row's SKU with its invoiced, shipped and refunded quantity.
    static func quantities(_ order: Order) -> [String] {
        (order.items ?? []).map { "\($0.sku ?? "") \($0.qtyInvoiced ?? 0) \($0.qtyShipped ?? 0) \($0.qtyRefunded ?? 0)" }
    }

    static func hasDocuments(_ order: Order) -> Bool {
        (order.items ?? []).contains { ($0.qtyInvoiced ?? 0) > 0 || ($0.qtyShipped ?? 0) > 0 || ($0.qtyRefunded ?? 0) > 0 }
    }

    /// Creates the documents `copy` lacks; answers how many were created.
    func copy(from record: Order, to copy: Order) async throws -> Int {
        guard Self.quantities(record) != Self.quantities(copy) else { return 0 }
        guard let sourceId = record.entityId, let targetId = copy.entityId else { return 0 }
        let rows = try Self.rowMap(record, copy)
        var created = 0

        let invoices = try await missing(source.invoices.list(Self.of(sourceId)).items, target.invoices.list(Self.of(targetId)).items, \.entityId)
        var invoiceIds = invoices.ids
        for invoice in invoices.toCreate {
            var new = Invoice()
            new.orderId = targetId
            new.items = try Self.rows(invoice.items ?? [], rows)
            new.comments = Self.firstComment(invoice.comments)
            let saved = try await target.invoices.save(new)
            if let from = invoice.entityId, let to = saved.entityId { invoiceIds[from] = to }
            created += 1
        }

        let shipments = try await missing(source.shipments.list(Self.of(sourceId)).items, target.shipments.list(Self.of(targetId)).items, \.entityId)
        for shipment in shipments.toCreate {
            var new = Shipment()
            new.orderId = targetId
            new.items = try Self.rows(shipment.items ?? [], rows)
            new.tracks = shipment.tracks?.map { track in
                var copy = ShipmentTrack()
                copy.trackNumber = track.trackNumber
                copy.title = track.title
                copy.carrierCode = track.carrierCode
                return copy
            }
            new.comments = Self.firstComment(shipment.comments)
            _ = try await target.shipments.save(new)
            created += 1
        }

        let memos = try await missing(source.creditmemos.list(Self.of(sourceId)).items, target.creditmemos.list(Self.of(targetId)).items, \.entityId)
        for memo in memos.toCreate {
            var new = Creditmemo()
            new.orderId = targetId
            new.invoiceId = memo.invoiceId.flatMap { invoiceIds[$0] }
            new.shippingAmount = memo.shippingAmount ?? 0
            new.adjustmentPositive = memo.adjustmentPositive
            new.adjustmentNegative = memo.adjustmentNegative
            new.items = try Self.rows(memo.items ?? [], rows)
            new.comments = Self.firstComment(memo.comments)
            _ = try await target.creditmemos.save(new)
            created += 1
        }
        return created
    }

    /// The source documents the target lacks (those past the target's count), and the ids of the
    /// ones both have, source to target.
    private func missing<Document>(
        _ sourceDocuments: [Document], _ targetDocuments: [Document], _ id: KeyPath<Document, Int?>
    ) throws -> (toCreate: ArraySlice<Document>, ids: [Int: Int]) {
        guard targetDocuments.count <= sourceDocuments.count else {
            throw MagentoClientError.invalidRequest("the target's copy of the order has more \(Document.self) documents than the source")
        }
        var ids: [Int: Int] = [:]
        for (from, to) in zip(sourceDocuments, targetDocuments) {
            if let from = from[keyPath: id], let to = to[keyPath: id] { ids[from] = to }
        }
        return (sourceDocuments[targetDocuments.count...], ids)
    }

    /// An order's documents, oldest first.
    static func of(_ orderId: Int) -> SearchCriteria {
        SearchCriteriaBuilder().where("order_id", .eq, String(orderId)).sort("entity_id").pageSize(300).build()
    }

    /// Source row ids to the target's: both orders hold the same rows in the same order (the
    /// target's was created from the source's).
    static func rowMap(_ record: Order, _ copy: Order) throws -> [Int: Int] {
        let from = record.items ?? [], to = copy.items ?? []
        guard from.count == to.count, zip(from, to).allSatisfy({ $0.sku == $1.sku }) else {
            throw MagentoClientError.invalidRequest("order \(record.incrementId ?? "?") has other rows in the target")
        }
        var map: [Int: Int] = [:]
        for (source, target) in zip(from, to) {
            if let id = source.itemId, let mapped = target.itemId { map[id] = mapped }
        }
        return map
    }

    /// A document's rows with a quantity, renumbered for the target (only `order_item_id` and
    /// `qty` sent). A row that names no known order row is an error: sent with no rows, a raw
    /// save would take everything left.
    static func rows<Row: DocumentRow>(_ items: [Row], _ map: [Int: Int]) throws -> [Row] {
        let output = try items.filter { ($0.qty ?? 0) > 0 }.map { item in
            guard let id = item.orderItemId.flatMap({ map[$0] }) else {
                throw MagentoClientError.invalidRequest("a document row names an unknown order row \(item.orderItemId.map(String.init) ?? "nil")")
            }
            var row = Row()
            row.orderItemId = id
            row.qty = item.qty
            return row
        }
        guard !output.isEmpty else { throw MagentoClientError.invalidRequest("a document without rows") }
        return output
    }

    /// The first comment with text, without the source's ids (the raw saves keep only that one).
    static func firstComment(_ comments: [SalesComment]?) -> [SalesComment]? {
        guard let first = comments?.first(where: { !($0.comment ?? "").isEmpty }) else { return nil }
        var comment = SalesComment()
        comment.comment = first.comment
        comment.isCustomerNotified = first.isCustomerNotified
        comment.isVisibleOnFront = first.isVisibleOnFront
        return [comment]
    }
}

/// The two fields of a document row the copy reads and writes.
protocol DocumentRow {
    init()
    var orderItemId: Int? { get set }
    var qty: Decimal? { get set }
}

extension InvoiceItem: DocumentRow {}
extension ShipmentItem: DocumentRow {}
extension CreditmemoItem: DocumentRow {}
