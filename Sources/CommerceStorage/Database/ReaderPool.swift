import SQLiteNIO

/// The SQLite reader connections, each lent to one `read` at a time, first come first served.
///
/// Two statements that overlap on one connection share its read transaction, so a statement
/// that starts after a commit still sees the snapshot of one that started before it: sharing
/// readers between concurrent requests served stale rows (issue 16, 5: an item just added
/// answered 404, a saved price read back old). With a connection to itself, every `read`
/// starts its snapshot after everything committed before it began.
actor ReaderPool {
    private var idle: [SQLiteConnection]
    private var waiters = FIFOWaiters<SQLiteConnection>()

    init(_ connections: [SQLiteConnection]) {
        idle = connections
    }

    private func acquire() async -> SQLiteConnection {
        if let connection = idle.popLast() { return connection }
        return await withCheckedContinuation { waiters.append($0) }
    }

    private func release(_ connection: SQLiteConnection) {
        // Straight to the oldest waiter, so a late arrival cannot jump the queue.
        guard let waiter = waiters.popFirst() else {
            idle.append(connection)
            return
        }
        waiter.resume(returning: connection)
    }

    /// Runs `body` with a connection no other `read` uses meanwhile.
    nonisolated func withConnection<T: Sendable>(_ body: (SQLiteConnection) async throws -> T) async throws -> T {
        let connection = await acquire()
        do {
            let result = try await body(connection)
            await release(connection)
            return result
        } catch {
            await release(connection)
            throw error
        }
    }
}
