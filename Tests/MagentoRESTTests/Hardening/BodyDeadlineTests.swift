import Foundation
import HTTPTypes
import MagentoREST
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

    /// Sends one POST of `size` bytes to `path` on a connection of its own; answers the status line.
    static func post(size: Int, path: String, port: Int) async throws -> String {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
        let body = #"{"text":"\#(String(repeating: "x", count: size))"}"#
        let request = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n" + body
        return try await channel.executeThenClose { inbound, outbound in
            try await outbound.write(ByteBuffer(string: request))
            var reply = ""
            for try await part in inbound { reply += String(buffer: part) }
            return reply.components(separatedBy: "\r\n").first ?? ""
        }
    }

    @Test("large bodies queued behind each other longer than the deadline are still served")
    func queuedLargeBodiesAreServed() async throws {
        let slow = Endpoint(.post, "/V1/probe/slow", access: .anonymous, service: "probeV1", operation: "slow", summary: "") { call in
            try await Task.sleep(for: .milliseconds(900))
            return try call.argument("text", as: String.self).count
        }
        try await LiveServer.run(extraEndpoints: [slow], configure: { configuration in
            configuration.connectionLimits.bodyTimeoutSeconds = 1
            configuration.connectionLimits.largeBodyBytes = 10_000
            configuration.connectionLimits.concurrentLargeBodies = 1
        }) { port in
            // Four 2 MB bodies one at a time: the last waits about 3 s for its turn, three times
            // the body deadline, while the server is not reading it.
            let statuses = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<4 { group.addTask { try await Self.post(size: 2_000_000, path: "/rest/V1/probe/slow", port: port) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: "HTTP/1.1 200 OK", count: 4))
        }
    }
}
