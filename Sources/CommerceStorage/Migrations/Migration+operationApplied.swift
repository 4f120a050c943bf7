extension Migration {
    /// The ids of queued operations whose effects are committed, written in the same transaction
    /// as those effects: what makes a replayed operation a no-op (exactly-once application).
    static let operationApplied = Migration(id: "0009_operation_applied") { _ in
        ["CREATE TABLE magpie_operation_applied (operation_id BIGINT PRIMARY KEY)"]
    }
}
