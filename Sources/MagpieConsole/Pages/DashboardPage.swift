import CommerceDomain
import Foundation
import HTTPTypes
import MagentoREST
import MagentoWire

/// The front page: how big the store is, how the queue and webhooks are doing, and the last
/// hour of API traffic from this process's metrics.
enum DashboardPage {
    static let all = [
        ConsolePage(.get, "/", access: .signedIn) { call in
            // One row each (`pageSize=1`, only `total_count` encoded): the counts use the same
            // count queries REST list calls make, never a whole table.
            let api = call.api
            async let products = api.get("/rest/V1/products?searchCriteria%5BpageSize%5D=1&fields=total_count")
            async let customers = api.get("/rest/V1/customers/search?searchCriteria%5BpageSize%5D=1&fields=total_count")
            async let orders = api.get("/rest/V1/orders?searchCriteria%5BpageSize%5D=1&fields=total_count")
            async let views = api.get("/rest/V1/store/storeViews")
            async let queue = call.services.bulks.countOpenOperations()
            let hour = call.services.metrics?.recent.lastHour()
            func total(_ answer: InProcessAPI.Answer) -> String {
                answer.json?["total_count"]?.displayText ?? "—"
            }
            let requests = hour?.requests ?? 0
            func rate(_ count: Int) -> String {
                requests == 0 ? "0%" : String(format: "%.1f%%", Double(count) * 100 / Double(requests))
            }
            func milliseconds(_ value: Double?) -> String { value.map { "≤ \(formatted($0)) ms" } ?? "—" }
            return call.page("dashboard", title: "Dashboard", [
                "stores": (try await views).json?.arrayValue.map { String($0.count) } ?? "—",
                "products": total(try await products),
                "customers": total(try await customers),
                "orders": total(try await orders),
                "queue": String(try await queue),
                "applied": String(hour?.operationsApplied ?? 0),
                "appliedPerMinute": String(format: "%.1f", Double(hour?.operationsApplied ?? 0) / 60),
                "webhookFailures": String(hour?.webhookFailures ?? 0),
                "requests": String(requests),
                "clientErrors": rate(hour?.clientErrors ?? 0),
                "serverErrors": rate(hour?.serverErrors ?? 0),
                "p50": milliseconds(hour?.p50), "p95": milliseconds(hour?.p95), "p99": milliseconds(hour?.p99),
            ])
        },
    ]

    static func formatted(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
