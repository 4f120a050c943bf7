import MagentoClient
import Synchronization

/// A transport that answers from a script and records every request, for tests without a server.
final class ScriptedTransport: MagentoTransport {
    enum Step: Sendable {
        case reply(Int, String, headers: [(name: String, value: String)] = [])
        case fail(MagentoClientError.Code)
    }

    private let state: Mutex<(steps: [Step], requests: [TransportRequest])>
    /// Answers for requests to the token routes, taken in order (the last one repeats).
    private let tokens: [String]
    private let tokenCount = Mutex(0)

    init(_ steps: [Step], tokens: [String] = ["token-1", "token-2", "token-3"]) {
        state = Mutex((steps, []))
        self.tokens = tokens
    }

    var requests: [TransportRequest] { state.withLock { $0.requests } }
    /// Requests other than token requests.
    var calls: [TransportRequest] { requests.filter { !$0.url.contains("/integration/") } }

    func send(_ request: TransportRequest, timeout: Duration) async throws -> TransportResponse {
        if request.url.contains("/V1/integration/") {
            let index = tokenCount.withLock { count in
                defer { count += 1 }
                return count
            }
            state.withLock { $0.requests.append(request) }
            return TransportResponse(status: 200, body: Array("\"\(tokens[min(index, tokens.count - 1)])\"".utf8))
        }
        let step: Step = state.withLock { state in
            state.requests.append(request)
            return state.steps.isEmpty ? .reply(200, "true") : state.steps.removeFirst()
        }
        switch step {
        case .reply(let status, let body, let headers):
            return TransportResponse(status: status, headers: headers, body: Array(body.utf8))
        case .fail(let code):
            throw code == .timeout ? MagentoClientError.timedOut("scripted") : MagentoClientError.connectionFailed("scripted")
        }
    }
}
