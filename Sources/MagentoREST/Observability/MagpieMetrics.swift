import Prometheus

/// The server's Prometheus metrics, over one registry injected at start (no global state).
/// Labels are bounded: routes are templates (`GET /V1/inventory/sources/:sourceCode`), never raw paths.
public struct MagpieMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    let handles = RequestMetricHandles()
    /// The last hour in minutes, for the console's dashboard.
    public let recent = RecentTraffic()

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
    }

    static let latencyBuckets: [Duration] = [
        .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2.5), .milliseconds(5),
        .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
        .milliseconds(500), .seconds(1), .seconds(2.5),
    ]

    static func name(_ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "magpie", metricName: metric, unitName: unit, helpText: help)
    }

    public func request(route: String, status: Int, duration: Duration) {
        let resolved = handles.handles(route: route, status: status) { route, status in
            RequestMetricHandles.Handles(
                requests: registry.makeCounter(
                    descriptor: Self.name("http_requests", "total", "API requests by route and status."),
                    labels: [("route", route), ("status", String(status))]
                ),
                latency: registry.makeDurationHistogram(
                    descriptor: Self.name("http_request_duration", "seconds", "API request latency by route."),
                    labels: [("route", route)], buckets: Self.latencyBuckets
                )
            )
        }
        resolved.requests.increment()
        resolved.latency.record(duration)
        recent.request(status: status, duration: duration)
        if status == 401 {
            registry.makeCounter(descriptor: Self.name("auth_failures", "total", "Requests refused as unauthorized.")).increment()
        }
    }

    public func rateLimited(role: String) {
        registry.makeCounter(
            descriptor: Self.name("rate_limited_requests", "total", "Requests refused with 429."), labels: [("role", role)]
        ).increment()
    }

    public func operationProcessed(status: Int) {
        registry.makeCounter(
            descriptor: Self.name("operations_processed", "total", "Queued operations run, by final status."),
            labels: [("status", String(status))]
        ).increment()
        if status == 1 { recent.operationApplied() }
    }

    public func openOperations(_ count: Int) {
        registry.makeGauge(descriptor: Self.name("operations_open", "count", "Operations waiting in the queue.")).set(Double(count))
    }

    public func webhookAttempt(delivered: Bool) {
        registry.makeCounter(
            descriptor: Self.name("webhook_attempts", "total", "Webhook delivery attempts by result."),
            labels: [("result", delivered ? "delivered" : "failed")]
        ).increment()
        if !delivered { recent.webhookFailed() }
    }

    /// The text exposition format.
    public func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }
}
