import Foundation
import MagentoWire

/// What a document request asks for, as the routes received it.
public struct DocumentRequest: Sendable {
    public var items: [DocumentItemRequest]
    public var comment: DocumentCommentCreation?
    public var notify: Bool
    public var tracks: [TrackRequest]
    public var refund: RefundArguments
    /// `capture` on an invoice, `isOnline` on a refund: the payment gateway is asked, and the
    /// payment's transactions record it (offline methods have none).
    public var online = false

    public init(
        items: [DocumentItemRequest] = [], comment: DocumentCommentCreation? = nil, notify: Bool = false,
        tracks: [TrackRequest] = [], refund: RefundArguments = RefundArguments()
    ) {
        self.items = items
        self.comment = comment
        self.notify = notify
        self.tracks = tracks
        self.refund = refund
    }
}

/// Orders and their invoices, shipments and credit memos (`/V1/orders…`, `/V1/invoices…`,
/// `/V1/shipment…`, `/V1/creditmemo…`). Every change is one transaction with its stock change
/// and its outbox event.
public protocol SalesRepository: Sendable {
    func order(id: Int) async throws -> Order
    func searchOrders(_ criteria: SearchCriteria) async throws -> SearchPage<Order>
    func orderItem(id: Int) async throws -> OrderItem
    func searchOrderItems(_ criteria: SearchCriteria) async throws -> SearchPage<OrderItem>

    /// Creates an order from a full entity (items, addresses, payment), numbering it and taking
    /// the ordered quantity from stock, as Magento's checkout does.
    func createOrder(_ order: Order, stock: StockConfiguration) async throws -> Order
    /// Magento's raw save of an existing order: sent scalar fields (status, email flags…) replace
    /// the stored ones; nothing else changes and no stock moves.
    func updateOrder(_ order: Order) async throws -> Order
    /// Replaces an order address (`PUT /V1/orders/:parent_id`).
    func saveOrderAddress(_ address: OrderAddress) async throws -> OrderAddress

    func addOrderComment(orderId: Int, _ history: OrderStatusHistory) async throws
    func orderComments(orderId: Int) async throws -> [OrderStatusHistory]

    /// The transitions. Each returns the new document's id, or the order after the change.
    func invoice(orderId: Int, _ request: DocumentRequest) async throws -> Int
    func ship(orderId: Int, _ request: DocumentRequest, stock: StockConfiguration) async throws -> Int
    func refund(orderId: Int, invoiceId: Int?, _ request: DocumentRequest, stock: StockConfiguration) async throws -> Int
    /// `false` when the order cannot be canceled.
    func cancel(orderId: Int, stock: StockConfiguration) async throws -> Bool
    func hold(orderId: Int) async throws
    func unhold(orderId: Int) async throws

    /// Adds a track to a shipment (`POST /V1/shipment/track`) or removes one.
    func addTrack(_ track: ShipmentTrack) async throws -> ShipmentTrack
    func deleteTrack(id: Int) async throws
    /// Adds a comment to an invoice, shipment or credit memo; returns it as stored.
    func addComment(_ comment: SalesComment, to document: SalesMessages.Document) async throws -> SalesComment

    func invoice(id: Int) async throws -> Invoice
    /// The downloadable links a customer's invoiced orders opened, oldest first.
    func downloadablePurchases(customerId: Int) async throws -> [DownloadablePurchase]
    func searchTransactions(_ criteria: SearchCriteria) async throws -> SearchPage<PaymentTransaction>
    func transaction(id: Int) async throws -> PaymentTransaction
    func searchInvoices(_ criteria: SearchCriteria) async throws -> SearchPage<Invoice>
    func shipment(id: Int) async throws -> Shipment
    func searchShipments(_ criteria: SearchCriteria) async throws -> SearchPage<Shipment>
    func creditmemo(id: Int) async throws -> Creditmemo
    func searchCreditmemos(_ criteria: SearchCriteria) async throws -> SearchPage<Creditmemo>
}
