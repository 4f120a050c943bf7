import CommerceDomain
import Foundation
import Synchronization

/// A webhook receiver double: records every request and answers with scripted statuses
/// (200 once the script runs out).
final class RecordingTransport: WebhookTransport {
    struct Sent: Sendable {
        var url: String
        var headers: [String: String]
        var body: String
    }

    private let state = Mutex<(sent: [Sent], script: [Int])>(([], []))

    init(statuses: [Int] = []) {
        state.withLock { $0.script = statuses }
    }

    var sent: [Sent] { state.withLock { $0.sent } }

    func post(url: String, headers: [(String, String)], body: [UInt8], timeout: TimeInterval) async throws -> Int {
        state.withLock { state in
            state.sent.append(Sent(url: url, headers: Dictionary(headers, uniquingKeysWith: { _, last in last }), body: String(decoding: body, as: UTF8.self)))
            return state.script.isEmpty ? 200 : state.script.removeFirst()
        }
    }
}
