extension Migration {
    /// The queue is claimed oldest first (`ORDER BY id LIMIT n`). Indexed by (status, available_at,
    /// id), every claim read and sorted all open operations of a large bulk, checking each lease in
    /// the table: O(n) per claim. By (status, id) a claim walks from the oldest open operation and
    /// stops after the batch.
    static let queueIndex = Migration(id: "0012_queue_index") { _ in
        [
            "DROP INDEX magento_operation_queue",
            "CREATE INDEX magento_operation_claim ON magento_operation (status, id)",
        ]
    }
}
