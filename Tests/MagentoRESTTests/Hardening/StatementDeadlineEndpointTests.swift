import CommerceStorage
import Foundation
import HTTPTypes
import MagentoREST
import MagpieServer
import SQLKit
import Synchronization
import Testing

/// Issue 16 (2): a request whose read runs past `MAGPIE_STATEMENT_TIMEOUT_MS` is answered with
/// Magento's masked 500 at the deadline, not left hanging.
@Suite("Statement deadline through the API")
struct StatementDeadlineEndpointTests {
    /// The storage the probe reads through, set once the app is built.
    final class ProviderBox: Sendable {
        let value = Mutex<(any DatabaseProvider)?>(nil)
    }

    static func probe(_ box: ProviderBox) -> Endpoint {
        Endpoint(.get, "/V1/probe/endless", access: .anonymous, service: "probeV1", operation: "endless", summary: "") { _ in
            guard let provider = box.value.withLock({ $0 }) else { return 0 }
            return try await provider.read { db in
                try await db.raw("""
                    WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) AS n FROM c
                    """).first()?.decode(column: "n", as: Int.self) ?? 0
            }
        }
    }

    @Test("a read past the deadline answers Magento's internal error within seconds")
    func overdueReadIsAnError() async throws {
        let box = ProviderBox()
        let app = try await TestApp.make(extraEndpoints: [Self.probe(box)]) { $0.statementTimeoutMilliseconds = 300 }
        box.value.withLock { $0 = app.magpie.storage.provider }
        try await app.run { session in
            let started = ContinuousClock.now
            let reply = try await session.get("/rest/V1/probe/endless")
            #expect(ContinuousClock.now - started < .seconds(10))
            #expect(reply.status == .internalServerError)
            #expect(reply.text.contains("Internal Error. Details are available in Magento log file. Report ID: webapi-"))
            let health = try await session.get("/health")
            #expect(health.status == .ok)
        }
    }
}
