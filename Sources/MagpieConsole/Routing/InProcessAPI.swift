import Foundation
import HTTPTypes
import Hummingbird
import MagentoREST
import MagentoWire
import NIOCore
import Synchronization

/// Calls the REST pipeline in process, as the signed-in admin: no socket, but every step a
/// network call takes (authentication, ACL, rate limit, audit, metrics).
struct InProcessAPI: Sendable {
    let responder: MagentoResponder
    let context: MagpieRequestContext
    let token: String?

    /// A REST answer: status and body, the body parsed when it is JSON.
    struct Answer: Sendable {
        var status: Int
        var text: String
        var json: JSONValue? { try? JSONValue.parse(text) }
        var succeeded: Bool { (200..<300).contains(status) }

        /// Magento's error message with its `%1` / `%name` parameters filled in.
        var message: String {
            guard let object = json?.objectValue, var message = object["message"]?.stringValue else { return text }
            if let list = object["parameters"]?.arrayValue {
                for (index, value) in list.enumerated() { message = message.replacingOccurrences(of: "%\(index + 1)", with: value.displayText) }
            } else if let named = object["parameters"]?.objectValue {
                for (name, value) in named { message = message.replacingOccurrences(of: "%" + name, with: value.displayText) }
            }
            return message
        }
    }

    func send(_ method: HTTPRequest.Method, _ path: String, json body: String? = nil) async throws -> Answer {
        var fields = HTTPFields()
        if let token { fields[.authorization] = "Bearer \(token)" }
        fields[.accept] = "application/json"
        if body != nil { fields[.contentType] = "application/json" }
        let head = HTTPRequest(method: method, scheme: "http", authority: "console.internal", path: path, headerFields: fields)
        let request = Request(head: head, body: RequestBody(buffer: ByteBuffer(string: body ?? "")))
        let response = try await responder.respond(to: request, context: context)
        let collector = BodyCollector()
        try await response.body.write(collector)
        return Answer(status: response.status.code, text: String(decoding: collector.bytes.withLock { $0 }, as: UTF8.self))
    }

    func get(_ path: String) async throws -> Answer { try await send(.get, path) }
}

/// Gathers a response body written to it.
private final class BodyCollector: ResponseBodyWriter, Sendable {
    let bytes = Mutex<[UInt8]>([])

    func write(_ buffer: ByteBuffer) async throws {
        bytes.withLock { $0.append(contentsOf: buffer.readableBytesView) }
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
