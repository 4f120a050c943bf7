import Foundation
import MagpieServer
import NIOCore
import NIOPosix
import Testing

/// Issue 16 (9): a client that sends a whole head and then trickles its body a byte at a time is
/// cut off by the body deadline, against a real server on loopback.
@Suite("Body read deadline against a live server", .serialized)
struct BodyDeadlineTests {
    static let head = """
        POST /rest/V1/integration/admin/token HTTP/1.1\r
        Host: 127.0.0.1\r
        Content-Type: application/json\r
        Content-Length: 200\r
        \r

        """

    /// Sends the head, then one byte of body every `interval` until the server closes the
    /// connection or `limit` passes; answers when the server closed it (nil: it never did).
    static func trickle(port: Int, interval: Duration, limit: Duration) async throws -> Duration? {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
        let started = ContinuousClock.now
        return try await channel.executeThenClose { inbound, outbound in
            try await withThrowingTaskGroup(of: Duration?.self) { group in
                group.addTask {
                    for try await _ in inbound {}
                    return ContinuousClock.now - started
                }
                group.addTask {
                    try? await outbound.write(ByteBuffer(string: Self.head))
                    while ContinuousClock.now - started < limit {
                        try await Task.sleep(for: interval)
                        // Once the server has closed, writes fail; the reader above reports it.
                        try? await outbound.write(ByteBuffer(string: " "))
                    }
                    return nil
                }
                let first = try await group.next() ?? nil
                group.cancelAll()
                return first
            }
        }
    }

    @Test("a body trickled a byte at a time is closed at the body deadline, not served forever")
    func trickledBodyIsCut() async throws {
        try await LiveServer.run(configure: { configuration in
            configuration.connectionLimits.bodyTimeoutSeconds = 2
            configuration.connectionLimits.idleTimeoutSeconds = 30
        }) { port in
            // 200 bytes at 4 a second would take 50 s; the deadline ends it after about 2.
            let closedAfter = try await Self.trickle(port: port, interval: .milliseconds(250), limit: .seconds(20))
            #expect(closedAfter != nil)
            if let closedAfter { #expect(closedAfter >= .seconds(1) && closedAfter < .seconds(10), "closed after \(closedAfter)") }
        }
    }
}
