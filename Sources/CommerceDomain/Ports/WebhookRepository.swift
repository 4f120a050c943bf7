import Foundation
import MagentoWire

/// Webhook subscriptions and their delivery log; deliveries are created from the event outbox.
public protocol WebhookRepository: Sendable {
    func create(name: String, url: String, secret: String, topics: [String], isActive: Bool) async throws -> WebhookSubscription
    func update(_ subscription: WebhookSubscription) async throws -> WebhookSubscription
    func delete(id: Int) async throws
    func subscription(id: Int) async throws -> WebhookSubscription
    func subscriptions() async throws -> [WebhookSubscription]

    /// Reads up to `batch` outbox events past the dispatch cursor, creates a pending delivery for
    /// each matching active subscription and advances the cursor, in one transaction (so no event
    /// is skipped or dispatched twice). Returns how many events were read.
    @discardableResult
    func dispatch(batch: Int, now: Date) async throws -> Int
    /// Leases due pending deliveries with their subscription and event, oldest first.
    func claimDue(now: Date, lease: TimeInterval, limit: Int) async throws -> [(WebhookDeliveryRecord, WebhookSubscription, StoredEvent)]
    /// Records one attempt: delivered, retried at `retryAt`, or failed for good when `retryAt` is nil.
    func recordAttempt(deliveryId: Int, statusCode: Int?, error: String?, delivered: Bool, retryAt: Date?, now: Date) async throws
    func deliveries(subscriptionId: Int, criteria: SearchCriteria) async throws -> SearchPage<WebhookDeliveryRecord>
    /// Writes a test event and queues it for one subscription only; returns the delivery's row id.
    func sendTest(subscriptionId: Int) async throws -> Int
    /// Puts a delivery back in the queue, due now, whatever its status.
    func redeliver(deliveryId: Int, now: Date) async throws
}
