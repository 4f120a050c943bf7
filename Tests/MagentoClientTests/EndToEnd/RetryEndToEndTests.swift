import Foundation
import MagentoClient
import MagentoWire
import Testing

@Suite struct RetryEndToEndTests {
    private func client(_ baseURL: String, attempts: Int = 4, timeout: Duration = .seconds(10)) -> MagentoClient {
        MagentoClient(MagentoClientConfiguration(
            baseURL: baseURL, credentials: .bearer("t"), requestTimeout: timeout,
            retry: RetryPolicy(maximumAttempts: attempts, baseDelay: .milliseconds(10))
        ))
    }

    @Test func transientAnswersAreRetriedWithOneIdempotencyKeyAndRetryAfterHonoured() async throws {
        let server = FlakyServer([.status(503), .status(429, retryAfter: "1"), .status(502), .ok("true")])
        try await server.run { baseURL in
            let magento = client(baseURL)
            let deleted = try await magento.products.delete("A/B")
            #expect(deleted)
            #expect(magento.statistics.retries == 3)
        }
        let received = server.received
        #expect(received.count == 4)
        #expect(received[0].idempotencyKey != nil)
        #expect(Set(received.map(\.idempotencyKey)).count == 1)
        // The wait after the 429 is at least its Retry-After, never just the 10–20 ms backoff
        // (BackoffScheduleTests shows the header replacing a long backoff, timing-independent).
        #expect(received[2].at - received[1].at >= .seconds(1))
    }

    @Test func aStalledRequestTimesOutAndIsRetried() async throws {
        let server = FlakyServer([.stall(.seconds(4)), .ok(#"{"sku":"A"}"#), .ok(#"{"sku":"A"}"#), .ok(#"{"sku":"A"}"#)])
        try await server.run { baseURL in
            let product = try await client(baseURL, timeout: .seconds(1)).products.get("A")
            #expect(product.sku == "A")
        }
        // On a loaded machine a retry may itself time out once more; the first attempt always does.
        #expect(server.received.count >= 2)
    }

    @Test func persistentFailureGivesUpAfterTheConfiguredAttempts() async throws {
        let server = FlakyServer(Array(repeating: .status(504), count: 5))
        try await server.run { baseURL in
            do {
                _ = try await client(baseURL, attempts: 3).products.get("A")
                Issue.record("expected failure")
            } catch let error as MagentoClientError {
                #expect(error.status == 504)
                #expect(error.attempts == 3)
                #expect(error.message == "Scripted failure 504")
            }
        }
        #expect(server.received.count == 3)
    }

    @Test func aRefusedConnectionIsRetriedThenReported() async throws {
        // 18109 is in the port range reserved for the SDK's tests; nothing listens on it. AsyncHTTPClient
        // keeps trying to connect until the request's deadline, so the timeout bounds each attempt.
        do {
            _ = try await client("http://127.0.0.1:18109", attempts: 3, timeout: .milliseconds(300)).products.get("A")
            Issue.record("expected a connection error")
        } catch let error as MagentoClientError {
            #expect(error.code == .connection)
            #expect(error.attempts == 3)
            #expect(error.isTransient)
        }
    }

    @Test func aClientErrorIsNotRetried() async throws {
        let server = FlakyServer([.status(400), .ok("true")])
        try await server.run { baseURL in
            await #expect(throws: MagentoClientError.self) { _ = try await client(baseURL).products.delete("A") }
        }
        #expect(server.received.count == 1)
    }
}
