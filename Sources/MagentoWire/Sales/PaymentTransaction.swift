/// `sales-data-transaction-interface`: a payment gateway operation on an order's payment
/// (authorization, capture, refund, void), chained by `parent_txn_id`.
public struct PaymentTransaction: Codable, Sendable, Equatable {
    public var transactionId: Int?
    public var parentId: Int?
    public var orderId: Int?
    public var paymentId: Int?
    public var txnId: String?
    public var parentTxnId: String?
    /// `order`, `authorization`, `capture`, `void` or `refund`.
    public var txnType: String?
    public var isClosed: Int?
    public var additionalInformation: [String]?
    public var createdAt: String?
    public var childTransactions: [PaymentTransaction]?
    public var extensionAttributes: JSONObject?

    public init(
        transactionId: Int? = nil, parentId: Int? = nil, orderId: Int? = nil, paymentId: Int? = nil, txnId: String? = nil,
        parentTxnId: String? = nil, txnType: String? = nil, isClosed: Int? = nil, createdAt: String? = nil
    ) {
        self.transactionId = transactionId
        self.parentId = parentId
        self.orderId = orderId
        self.paymentId = paymentId
        self.txnId = txnId
        self.parentTxnId = parentTxnId
        self.txnType = txnType
        self.isClosed = isClosed
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case transactionId = "transaction_id"
        case parentId = "parent_id"
        case orderId = "order_id"
        case paymentId = "payment_id"
        case txnId = "txn_id"
        case parentTxnId = "parent_txn_id"
        case txnType = "txn_type"
        case isClosed = "is_closed"
        case additionalInformation = "additional_information"
        case createdAt = "created_at"
        case childTransactions = "child_transactions"
        case extensionAttributes = "extension_attributes"
    }
}
