import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Synchronization

/// A tiny live server that answers each request to `/rest/V1/…` with the next scripted step,
/// recording what it received: for retry behaviour over real sockets.
final class FlakyServer: Sendable {
    enum Step: Sendable {
        case status(Int, retryAfter: String? = nil)
        /// Holds the request longer than the client waits, then answers 200.
        case stall(Duration)
        case ok(String)
    }

    struct Received: Sendable {
        var method: String
        var idempotencyKey: String?
        var at: ContinuousClock.Instant
    }

    private let state: Mutex<(steps: [Step], received: [Received])>

    init(_ steps: [Step]) {
        state = Mutex((steps, []))
    }

    var received: [Received] { state.withLock { $0.received } }

    /// Serves on an ephemeral port for the duration of `body`, passing the base URL.
    func run(_ body: @escaping @Sendable (String) async throws -> Void) async throws {
        let router = Router()
        router.on("/rest/V1/**", method: .get) { request, _ in try await self.answer(request) }
        router.on("/rest/V1/**", method: .put) { request, _ in try await self.answer(request) }
        router.on("/rest/V1/**", method: .delete) { request, _ in try await self.answer(request) }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            try await body("http://127.0.0.1:\(client.port ?? 0)")
        }
    }

    private func answer(_ request: Request) async throws -> Response {
        let step: Step = state.withLock { state in
            state.received.append(Received(
                method: request.method.rawValue, idempotencyKey: request.headers[HTTPField.Name("Idempotency-Key")!],
                at: .now
            ))
            return state.steps.isEmpty ? .ok("true") : state.steps.removeFirst()
        }
        var headers: HTTPFields = [.contentType: "application/json"]
        switch step {
        case .status(let code, let retryAfter):
            if let retryAfter { headers[.retryAfter] = retryAfter }
            return Response(
                status: .init(code: code), headers: headers,
                body: .init(byteBuffer: ByteBuffer(string: #"{"message":"Scripted failure %1","parameters":["\#(code)"]}"#))
            )
        case .stall(let duration):
            try await Task.sleep(for: duration)
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: "true")))
        case .ok(let body):
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
        }
    }
}
