import Foundation
import MagentoClient
import Testing

@Suite struct BackoffScheduleTests {
    let policy = RetryPolicy()

    @Test func waitsDoubleFromOneSecondWithoutJitter() {
        #expect((1...3).map { policy.backoff(afterAttempt: $0, random: 0) } == [.seconds(1), .seconds(2), .seconds(4)])
    }

    @Test func jitterStaysWithinItsFractionOfEachStep() {
        for attempt in 1...3 {
            let step = Duration.seconds(1 << (attempt - 1))
            for random in stride(from: 0.0, to: 1.0, by: 0.1) {
                let delay = policy.backoff(afterAttempt: attempt, random: random)
                #expect(delay >= step)
                #expect(delay <= step * 1.2)
            }
        }
        #expect(policy.backoff(afterAttempt: 2, random: 0.5) == .milliseconds(2200))
    }

    @Test func theBaseDelayScalesTheSchedule() {
        let fast = RetryPolicy(baseDelay: .milliseconds(10), jitter: 0)
        #expect((1...3).map { fast.backoff(afterAttempt: $0, random: 0.9) } == [.milliseconds(10), .milliseconds(20), .milliseconds(40)])
    }

    @Test func delaysAreCappedAtTheMaximum() {
        let capped = RetryPolicy(jitter: 0, maximumDelay: .seconds(3))
        #expect(capped.backoff(afterAttempt: 10, random: 0) == .seconds(3))
    }

    @Test func retryAfterIsReadAsSecondsOrAnHTTPDate() {
        #expect(RetryAfter.parse("3") == .seconds(3))
        #expect(RetryAfter.parse(" 0 ") == .zero)
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        #expect(RetryAfter.parse("Mon, 21 Sep 2026 14:13:40 GMT", now: now) == .seconds(20))
        #expect(RetryAfter.parse("soon") == nil)
        #expect(RetryAfter.parse(nil) == nil)
    }

    @Test func aRetryAfterHeaderReplacesTheBackoff() async throws {
        let transport = ScriptedTransport([.reply(429, "{}", headers: [("Retry-After", "0.05")]), .reply(200, "true")])
        let client = ClientFixtures.client(transport, retry: RetryPolicy(baseDelay: .seconds(30)))
        let started = ContinuousClock.now
        _ = try await client.products.delete("X")
        let elapsed = ContinuousClock.now - started
        #expect(elapsed >= .milliseconds(50))
        #expect(elapsed < .seconds(5))
        #expect(client.statistics.retries == 1)
    }

    @Test func aRetryAfterLongerThanAcceptedFailsAtOnce() async throws {
        let transport = ScriptedTransport([.reply(503, "{}", headers: [("Retry-After", "3600")])])
        let client = ClientFixtures.client(transport)
        await #expect(throws: MagentoClientError.self) { _ = try await client.products.delete("X") }
        #expect(transport.requests.count == 1)
    }
}
