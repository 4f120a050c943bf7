import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagpieServer
import Synchronization
import Testing

/// Issue 16 (7): requests with large bodies are handled a bounded number at a time; small ones
/// are not held back.
@Suite("Large body gate")
struct LargeBodyGateTests {
    /// Counts the handlers running at once and remembers the most seen.
    final class Overlap: Sendable {
        let state = Mutex<(now: Int, most: Int)>((0, 0))
        func enter() { state.withLock { $0.now += 1; $0.most = max($0.most, $0.now) } }
        func leave() { state.withLock { $0.now -= 1 } }
        var most: Int { state.withLock { $0.most } }
        func reset() { state.withLock { $0 = (0, 0) } }
    }

    static func probe(_ overlap: Overlap) -> Endpoint {
        Endpoint(.post, "/V1/probe/slow", access: .anonymous, service: "probeV1", operation: "slow", summary: "") { call in
            overlap.enter()
            try await Task.sleep(for: .milliseconds(150))
            overlap.leave()
            return try call.argument("text", as: String.self).count
        }
    }

    static func send(_ session: TestSession, count: Int, size: Int) async throws -> [String] {
        try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<count {
                group.addTask {
                    let body = #"{"text":"\#(String(repeating: "x", count: size))"}"#
                    // Clients send the length; the router-mode test client does not add it itself.
                    return try await session.send(
                        .post, "/rest/V1/probe/slow", body: body, headers: ["Content-Length": String(body.utf8.count)]
                    ).text
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    @Test("with a limit of one, four large bodies run one after another; four small ones overlap")
    func bounded() async throws {
        let overlap = Overlap()
        let app = try await TestApp.make(extraEndpoints: [Self.probe(overlap)]) { configuration in
            configuration.connectionLimits.largeBodyBytes = 2_000
            configuration.connectionLimits.concurrentLargeBodies = 1
        }
        try await app.run { session in
            let large = try await Self.send(session, count: 4, size: 5_000)
            #expect(large == Array(repeating: "5000", count: 4))
            #expect(overlap.most == 1)
            overlap.reset()
            let small = try await Self.send(session, count: 4, size: 100)
            #expect(small == Array(repeating: "100", count: 4))
            #expect(overlap.most > 1)
        }
    }
}
