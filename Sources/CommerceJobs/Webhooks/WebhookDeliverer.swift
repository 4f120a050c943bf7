import CommerceDomain
import Crypto
import Foundation
import Logging
import MagentoWire
import ServiceLifecycle

/// Turns outbox events into signed webhook deliveries and sends them, with retries.
///
/// Each event reaches each matching subscription once in the delivery log; a receiver may still
/// see a delivery twice (a crash between sending and recording it), so every request carries a
/// `Magpie-Delivery-Id` to dedupe on. Non-2xx answers and transport errors are retried with
/// exponential backoff until `maxAttempts`, then the delivery is marked failed (redeliverable).
public struct WebhookDeliverer: Service {
    let webhooks: any WebhookRepository
    let transport: any WebhookTransport
    let clock: any CommerceClock
    let logger: Logger
    public var maxAttempts: Int
    public var backoffBase: TimeInterval
    public var timeout: TimeInterval = 10
    /// Told of each attempt's result (metrics).
    public var onAttempt: (@Sendable (_ delivered: Bool) -> Void)?
    /// Held shared for each round (claim, send, record), so a snapshot restore never lands inside
    /// one; a restore may so wait for a send, up to `timeout`.
    public var gate: StateGate?

    public init(
        webhooks: any WebhookRepository, transport: any WebhookTransport, clock: any CommerceClock, logger: Logger,
        maxAttempts: Int = 8, backoffBase: TimeInterval = 30
    ) {
        self.webhooks = webhooks
        self.transport = transport
        self.clock = clock
        self.logger = logger
        self.maxAttempts = maxAttempts
        self.backoffBase = backoffBase
    }

    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                if try await round() == 0 { try? await Task.sleep(for: .milliseconds(200)) }
            } catch {
                logger.error("Webhook delivery error", metadata: ["error": "\(error)"])
                try? await Task.sleep(for: .seconds(1))
            }
        }
    }

    /// Dispatches what is new in the outbox and sends what is due: how many of each in all.
    private func round() async throws -> Int {
        let work = { @Sendable [self] () async throws -> Int in
            try await webhooks.dispatch(batch: 500, now: clock.now()) + deliverDue()
        }
        guard let gate else { return try await work() }
        return try await gate.shared(work)
    }

    /// Dispatches what is new in the outbox and sends everything due, until nothing is left
    /// (tests use it to run the loop deterministically).
    public func drain() async throws {
        while try await webhooks.dispatch(batch: 500, now: clock.now()) > 0 {}
        while try await deliverDue() > 0 {}
    }

    /// Sends the deliveries that are due now; returns how many were attempted.
    @discardableResult
    public func deliverDue(limit: Int = 50) async throws -> Int {
        let due = try await webhooks.claimDue(now: clock.now(), lease: timeout * 3, limit: limit)
        await withTaskGroup(of: Void.self) { group in
            for (delivery, subscription, event) in due {
                group.addTask { await deliver(delivery, to: subscription, event: event) }
            }
        }
        return due.count
    }

    func deliver(_ delivery: WebhookDeliveryRecord, to subscription: WebhookSubscription, event: StoredEvent) async {
        let now = clock.now()
        let timestamp = Int(now.timeIntervalSince1970)
        do {
            let body = try MagentoEncoder().encodeToBytes(EventRecord(event))
            let signed = WebhookSignature.signedPayload(timestamp: timestamp, body: String(decoding: body, as: UTF8.self))
            let mac = HMAC<SHA256>.authenticationCode(for: Data(signed.utf8), using: SymmetricKey(data: Data(subscription.secret.utf8)))
            let headers = [
                ("Content-Type", "application/json"),
                ("User-Agent", "Magpie-Webhooks/1"),
                (WebhookSignature.headerName, WebhookSignature.header(timestamp: timestamp, signature: mac.lowercaseHex)),
                ("Magpie-Delivery-Id", delivery.deliveryId),
                ("Magpie-Event-Id", String(event.id)),
                ("Magpie-Event-Type", event.event.type),
            ]
            let status = try await transport.post(url: subscription.url, headers: headers, body: body, timeout: timeout)
            let delivered = (200..<300).contains(status)
            try await record(delivery, statusCode: status, error: delivered ? nil : "HTTP \(status)", delivered: delivered, now: now)
        } catch {
            try? await record(delivery, statusCode: nil, error: String(describing: error), delivered: false, now: now)
        }
    }

    func record(_ delivery: WebhookDeliveryRecord, statusCode: Int?, error: String?, delivered: Bool, now: Date) async throws {
        onAttempt?(delivered)
        let attempt = delivery.attempts + 1
        let retryAt = delivered || attempt >= maxAttempts
            ? nil : now.addingTimeInterval(WebhookSignature.backoff(afterAttempt: attempt, base: backoffBase))
        try await webhooks.recordAttempt(
            deliveryId: delivery.id, statusCode: statusCode, error: error, delivered: delivered, retryAt: retryAt, now: now
        )
    }
}

/// A short name for ServiceLifecycle's logs, instead of a reflected dump of every stored property.
extension WebhookDeliverer: CustomStringConvertible {
    public var description: String { "WebhookDeliverer" }
}
