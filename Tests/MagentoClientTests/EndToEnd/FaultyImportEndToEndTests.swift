import Foundation
import MagentoClient
import MagentoWire
import Testing

/// A 1,000-product import against a Magpie that answers 10 % of product writes with 503 and 5 %
/// with 429 + Retry-After (seeded fault rules): every product lands exactly once, and the
/// retries the client counts are exactly the faults the server fired.
@Suite(.serialized) struct FaultyImportEndToEndTests {
    static let faults = """
        {"seed": 20261201, "rules": [
          {"name": "unavailable", "method": "POST", "path": "/V1/products", "rate": 0.10, "action": "status", "status": 503},
          {"name": "throttled", "method": "POST", "path": "/V1/products", "rate": 0.05, "action": "rate_limit", "retry_after": 1}
        ]}
        """
    static let storedOnce = #"magpie_http_requests_total{route="POST /V1/products",status="200"}"#

    static func products(_ prefix: String) -> [Product] {
        (1...1000).map { CatalogFixtures.product(String(format: "\(prefix)-%04d", $0), price: Decimal($0) / 100) }
    }

    /// Checks the store holds exactly `expected`, each written by exactly one successful request.
    static func expectStoredOnce(_ magpie: LiveMagpie, prefix: String, expected: [Product]) async throws {
        let stored = try await magpie.skus(like: prefix + "-%")
        #expect(stored.count == 1000)
        #expect(Set(stored) == Set(expected.compactMap(\.sku)))
        // Faulted requests never reach the handler: the only 200s are the 1,000 first applications.
        #expect(try await magpie.metric(storedOnce) == 1000)
        #expect(try await magpie.adminClient().products.get(prefix + "-0777").price == Decimal(string: "7.77"))
    }

    @Test func theSDKImportsEveryProductOnceAndCountsEachInjectedFaultAsARetry() async throws {
        try await LiveMagpie.run { magpie in
            try await magpie.setFaults(Self.faults)
            // Enough attempts that no product can run out of them (0.15^12); tiny backoff, so only Retry-After waits.
            let client = magpie.adminClient(retry: RetryPolicy(maximumAttempts: 12, baseDelay: .milliseconds(2)))
            let products = Self.products("FLT")
            let results = await client.products.saveAll(products, concurrency: 8)

            #expect(results.count == 1000)
            #expect(results.filter { !$0.succeeded }.map(\.key) == [])
            let counts = try await magpie.faultCounts()
            #expect(counts.map(\.name) == ["unavailable", "throttled"])
            let fired = counts.reduce(0) { $0 + $1.fired }
            // Roughly the configured rates over the ~1,180 requests the import makes.
            #expect((70...170).contains(counts[0].fired), "503s fired: \(counts[0].fired)")
            #expect((25...90).contains(counts[1].fired), "429s fired: \(counts[1].fired)")
            #expect(counts[0].matched == 1000 + fired)
            #expect(client.statistics.retries == fired)
            try await Self.expectStoredOnce(magpie, prefix: "FLT", expected: products)
        }
    }

    @Test func theCLIImportReportCountsTheRetriesTheServerCaused() async throws {
        try await LiveMagpie.run { magpie in
            let products = Self.products("CLF")
            let lines = products.map { #"{"sku":"\#($0.sku!)","name":"\#($0.name!)","price":"\#($0.price!)","status":1,"visibility":4,"type_id":"simple","attribute_set_id":4,"qty":5}"# }
            let file = try CLIEndToEndTests.temporaryFile("faulty.jsonl", lines.joined(separator: "\n") + "\n")
            defer { try? FileManager.default.removeItem(atPath: file) }
            try await magpie.setFaults(Self.faults)
            let run = try await CLIRunner.run(
                ["import", "products", file, "--url", magpie.baseURL, "--username", "admin", "--retries", "12", "--retry-delay", "0.002"],
                environment: ["MAGPIE_PASSWORD": LiveMagpie.adminPassword]
            )
            #expect(run.status == 0, "stderr: \(run.stderr)")
            let report = try JSONValue.parse(run.stdout)
            #expect(report["total"] == .number("1000"))
            #expect(report["succeeded"] == .number("1000"))
            #expect(report["failed"] == .number("0"))
            let fired = try await magpie.faultCounts().reduce(0) { $0 + $1.fired }
            #expect(fired > 50)
            #expect(report["retries"] == .number(String(fired)))
            // One token request, each product's first attempt, and one request per retry.
            #expect(report["requests"] == .number(String(1001 + fired)))
            try await Self.expectStoredOnce(magpie, prefix: "CLF", expected: products)
        }
    }
}
