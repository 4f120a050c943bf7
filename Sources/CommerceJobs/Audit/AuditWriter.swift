import CommerceDomain
import Foundation
import Logging
import ServiceLifecycle

/// Moves buffered audit records to the audit log in batches, and forgets records past the
/// retention window.
public struct AuditWriter: Service {
    let buffer: AuditBuffer
    let log: any AuditLog
    let clock: any CommerceClock
    let logger: Logger
    let retention: TimeInterval

    public init(buffer: AuditBuffer, log: any AuditLog, clock: any CommerceClock, logger: Logger, retentionDays: Int) {
        self.buffer = buffer
        self.log = log
        self.clock = clock
        self.logger = logger
        self.retention = TimeInterval(retentionDays) * 86_400
    }

    public func run() async throws {
        var lastPurge = Date.distantPast
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            try? await Task.sleep(for: .milliseconds(250))
            do {
                try await flush()
                if clock.now().timeIntervalSince(lastPurge) > 3600 {
                    try await log.purge(before: clock.now().addingTimeInterval(-retention))
                    lastPurge = clock.now()
                }
            } catch {
                logger.error("Audit log write failed", metadata: ["error": "\(error)"])
            }
        }
        try? await flush()   // what arrived during shutdown
    }

    /// Writes everything buffered now.
    public func flush() async throws {
        let records = buffer.drain()
        if !records.isEmpty { try await log.append(records) }
    }
}

/// A short name for ServiceLifecycle's logs, instead of a reflected dump of every stored property.
extension AuditWriter: CustomStringConvertible {
    public var description: String { "AuditWriter" }
}
