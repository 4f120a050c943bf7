import SQLKit
import SQLiteNIO

extension SQLDatabase {
    /// Takes SQLite's write lock with `BEGIN IMMEDIATE`, trying again while another process holds it.
    ///
    /// Several nodes on one SQLite file queue on its write lock, and SQLite's busy handler neither
    /// queues fairly nor waits past `busy_timeout`: on a loaded machine one node can lose every
    /// poll for that long while another commits back to back. A BEGIN that failed busy did nothing,
    /// so trying it again is always safe; `attempts` bounds the wait at about
    /// `attempts × busy_timeout` before the caller sees SQLITE_BUSY.
    func beginImmediate(attempts: Int = 6) async throws {
        var attempt = 1
        while true {
            do {
                try await raw("BEGIN IMMEDIATE").run()
                return
            } catch let error as SQLiteError where error.reason == .busy && attempt < attempts {
                attempt += 1
            }
        }
    }
}
