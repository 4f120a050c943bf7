import CommerceDomain
import Foundation
import Logging
import MagentoREST
import ServiceLifecycle

/// Consumes the operation queue: claims an open operation under a lease, runs it through the
/// same handler as the synchronous route, and records the outcome. Runs inside `magpie serve`.
///
/// Failures that may pass (anything but Magento's input and state errors) are retried with
/// exponential backoff; after the last try the operation is left as retriably failed (2).
/// Application is exactly once: a worker that dies after applying an operation but before
/// recording it leaves the lease to expire and the operation is claimed again, but its first
/// transaction finds it already applied (`OperationRun`) and it is recorded as complete.
public struct OperationWorker: Service {
    let bulks: any BulkRepository
    let responder: MagentoResponder
    let clock: any CommerceClock
    let logger: Logger
    public var lease: TimeInterval = 60
    var maxAttempts = 5
    /// Operations claimed and applied per shared transaction. Larger batches mean fewer commits but
    /// a longer hold on SQLite's single writer, which synchronous requests wait for.
    public var batchSize = 64
    /// Whether a batch shares one transaction (the default); off, each operation commits alone.
    public var sharedBatches = true
    var idleDelay: Duration = .milliseconds(50)
    var metrics: MagpieMetrics?
    /// Held shared for each batch, from its claim to its outcomes, so a snapshot restore never
    /// lands between them and a batch of the old state is never applied to the new.
    var gate: StateGate?

    public init(bulks: any BulkRepository, responder: MagentoResponder, clock: any CommerceClock, logger: Logger) {
        self.bulks = bulks
        self.responder = responder
        self.clock = clock
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                if try await processNext() == false {
                    try? await Task.sleep(for: idleDelay)
                }
            } catch {
                logger.error("Operation queue error", metadata: ["error": "\(error)"])
                try? await Task.sleep(for: .seconds(1))
            }
        }
    }

    /// Runs a batch of due operations; false when the queue had none.
    ///
    /// The batch is applied, and its outcomes recorded, in one shared transaction: each operation
    /// in a savepoint of its own (a failing one rolls back alone), one commit for the lot. Its
    /// applied marks are in the same transaction, so a crash keeps all of it or none, and what a
    /// restart re-runs is never applied twice. Operations run in their queue order, so later
    /// writes to the same SKU see the earlier ones. When the shared transaction fails as a whole
    /// (a commit or a connection fails), nothing of it was kept and the batch is applied again one
    /// transaction per operation, which confines such a failure to the operation that causes it.
    @discardableResult
    public func processNext() async throws -> Bool {
        guard let gate else { return try await processBatch() }
        return try await gate.shared { try await processBatch() }
    }

    private func processBatch() async throws -> Bool {
        let claimed = try await bulks.claimBatch(now: clock.now(), lease: lease, limit: batchSize)
        guard !claimed.isEmpty else { return false }
        let outcomes: [OperationResult]
        if sharedBatches {
            do {
                outcomes = try await bulks.sharingOneTransaction {
                    let outcomes = await apply(claimed)
                    try await bulks.finishBatch(outcomes)
                    return outcomes
                }
            } catch {
                logger.warning("A batch of operations failed as a whole; applying it one by one", metadata: ["error": "\(error)"])
                outcomes = await apply(claimed)
                try await bulks.finishBatch(outcomes)
            }
        } else {
            outcomes = await apply(claimed)
            try await bulks.finishBatch(outcomes)
        }
        for outcome in outcomes where outcome.retryAt == nil {
            metrics?.operationProcessed(status: outcome.status.rawValue)
        }
        return true
    }

    /// Runs each operation through the responder, in order, and says what to record for it.
    private func apply(_ claimed: [ClaimedOperation]) async -> [OperationResult] {
        var outcomes: [OperationResult] = []
        for operation in claimed {
            let outcome = await OperationRun.$current.withValue(OperationRun(operationId: operation.id)) {
                await responder.perform(operation)
            }
            switch outcome {
            case .success(let result, let message):
                outcomes.append(OperationResult(operationId: operation.id, status: .complete, resultMessage: message, resultData: result))
            case .failed(let message, _, let retriable) where retriable && operation.attempts < maxAttempts:
                let delay = pow(2, Double(operation.attempts))
                logger.warning("Operation failed, will retry", metadata: ["operation": "\(operation.id)", "error": "\(message)"])
                outcomes.append(OperationResult(
                    operationId: operation.id, status: .open, resultMessage: message, retryAt: clock.now().addingTimeInterval(delay)
                ))
            case .failed(let message, let code, let retriable):
                let status: OperationStatus = retriable ? .retriablyFailed : .notRetriablyFailed
                outcomes.append(OperationResult(operationId: operation.id, status: status, resultMessage: message, errorCode: code))
            }
        }
        return outcomes
    }

    /// Processes until nothing is due (tests and `magpie worker --once`).
    public func drain() async throws {
        while try await processNext() {}
    }
}

/// ServiceLifecycle prints every service it runs. Without this, that print reflects over the
/// responder and its endpoint tables: about a sixth of a cold start.
extension OperationWorker: CustomStringConvertible {
    public var description: String { "OperationWorker" }
}
