extension Migration {
    /// Magento's `sales_payment_transaction`: the gateway operations of an order's payment.
    static let paymentTransactions = Migration(id: "0027_payment_transactions") { dialect in
        [
            """
            CREATE TABLE sales_payment_transaction (
                \(dialect.identityPrimaryKey("transaction_id")),
                parent_id BIGINT,
                order_id BIGINT NOT NULL,
                payment_id BIGINT NOT NULL,
                txn_id TEXT NOT NULL,
                parent_txn_id TEXT,
                txn_type TEXT NOT NULL,
                is_closed SMALLINT NOT NULL DEFAULT 0,
                additional_information TEXT NOT NULL DEFAULT '[]',
                created_at TEXT NOT NULL,
                UNIQUE (order_id, payment_id, txn_id)
            )
            """,
            "CREATE INDEX sales_payment_transaction_parent ON sales_payment_transaction (parent_id)",
        ]
    }
}
