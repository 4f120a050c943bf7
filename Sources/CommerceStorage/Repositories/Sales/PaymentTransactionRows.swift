import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// `sales_payment_transaction`: what the test gateway did with an order's payment.
enum PaymentTransactionRows {
    static let table = SearchableTable(
        table: "sales_payment_transaction", primaryKey: "transaction_id",
        fields: [
            "transaction_id": .init(column: "transaction_id", kind: .integer),
            "parent_id": .init(column: "parent_id", kind: .integer),
            "order_id": .init(column: "order_id", kind: .integer),
            "payment_id": .init(column: "payment_id", kind: .integer),
            "txn_id": .init(column: "txn_id", kind: .text),
            "parent_txn_id": .init(column: "parent_txn_id", kind: .text),
            "txn_type": .init(column: "txn_type", kind: .text),
            "is_closed": .init(column: "is_closed", kind: .integer),
            "created_at": .init(column: "created_at", kind: .timestamp),
        ]
    )

    static let notFound = CommerceError.notFound(message: "The entity that was requested doesn't exist. Verify the entity and try again.")

    @discardableResult
    static func insert(
        _ order: Order, txnId: String, type: String, amount: Decimal?, parent: PaymentTransaction?, closed: Bool, now: String,
        on db: any SQLDatabase
    ) async throws -> Int {
        let money = NSDecimalNumber(decimal: amount ?? 0).stringValue
        let information = JSONValue.array([.string("gateway: \(TestGateway.code)"), .string("amount: \(money) \(order.orderCurrencyCode ?? "USD")")])
        let row = try await db.raw("""
            INSERT INTO sales_payment_transaction (parent_id, order_id, payment_id, txn_id, parent_txn_id, txn_type, is_closed,
                additional_information, created_at)
            VALUES (\(bind: parent?.transactionId), \(bind: order.entityId ?? 0), \(bind: order.payment?.entityId ?? 0), \(bind: txnId),
                \(bind: parent?.txnId), \(bind: type), \(bind: closed ? 1 : 0), \(bind: information.jsonString), \(bind: now))
            RETURNING transaction_id
            """).first()
        return try row?.decode(column: "transaction_id", as: Int.self) ?? 0
    }

    /// The order's newest open transaction of `type`.
    static func open(_ type: String, orderId: Int, on db: any SQLDatabase) async throws -> PaymentTransaction? {
        try await db.raw("""
            SELECT * FROM sales_payment_transaction WHERE order_id = \(bind: orderId) AND txn_type = \(bind: type) AND is_closed = 0
            ORDER BY transaction_id DESC LIMIT 1
            """).first().map(transaction)
    }

    static func byTxnId(_ txnId: String, orderId: Int, on db: any SQLDatabase) async throws -> PaymentTransaction? {
        try await db.raw("""
            SELECT * FROM sales_payment_transaction WHERE order_id = \(bind: orderId) AND txn_id = \(bind: txnId)
            """).first().map(transaction)
    }

    static func close(_ transaction: PaymentTransaction, on db: any SQLDatabase) async throws {
        try await db.raw("UPDATE sales_payment_transaction SET is_closed = 1 WHERE transaction_id = \(bind: transaction.transactionId ?? 0)").run()
    }

    static func search(_ criteria: SearchCriteria, on db: any SQLDatabase) async throws -> SearchPage<PaymentTransaction> {
        let page = try await SearchQuery(criteria, table: table).run(on: db)
        var items: [PaymentTransaction] = []
        for row in page.items { items.append(try await withChildren(try transaction(row), on: db)) }
        return SearchPage(items: items, totalCount: page.totalCount)
    }

    static func load(id: Int, on db: any SQLDatabase) async throws -> PaymentTransaction {
        guard let row = try await db.raw("SELECT * FROM sales_payment_transaction WHERE transaction_id = \(bind: id)").first() else {
            throw notFound
        }
        return try await withChildren(try transaction(row), on: db)
    }

    static func withChildren(_ parent: PaymentTransaction, on db: any SQLDatabase) async throws -> PaymentTransaction {
        var parent = parent
        parent.childTransactions = try await db.raw("""
            SELECT * FROM sales_payment_transaction WHERE parent_id = \(bind: parent.transactionId ?? 0) ORDER BY transaction_id
            """).all().map(transaction)
        return parent
    }

    static func transaction(_ row: any SQLRow) throws -> PaymentTransaction {
        var transaction = PaymentTransaction(
            transactionId: try row.decode(column: "transaction_id", as: Int.self),
            parentId: try row.decode(column: "parent_id", as: Int?.self),
            orderId: try row.decode(column: "order_id", as: Int.self),
            paymentId: try row.decode(column: "payment_id", as: Int.self),
            txnId: try row.decode(column: "txn_id", as: String.self),
            parentTxnId: try row.decode(column: "parent_txn_id", as: String?.self),
            txnType: try row.decode(column: "txn_type", as: String.self),
            isClosed: try row.decode(column: "is_closed", as: Int.self),
            createdAt: try row.decode(column: "created_at", as: String.self)
        )
        let information = try JSONValue.parse(try row.decode(column: "additional_information", as: String.self))
        transaction.additionalInformation = information.arrayValue?.compactMap(\.stringValue)
        return transaction
    }
}
