import CommerceDomain
import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// `Idempotency-Key` on POST, PUT and DELETE (Magento has none; the model is Stripe's): the first
/// answer is stored and replayed for the same key and request; the same key with a different
/// request is a 400; a key whose first request is still running is a 409. Server errors are not
/// stored, so a retry after one runs again. Keys are scoped to the caller and kept 24 hours.
struct IdempotencyGate: Sendable {
    static let headerField = HTTPField.Name("Idempotency-Key")!
    static let replayedField = HTTPField.Name("Idempotent-Replayed")!

    let store: any IdempotencyStore
    let clock: any CommerceClock

    func reply(
        to request: Request, key: String, identity: CallerIdentity,
        run: @Sendable (Request) async -> JSONReply
    ) async -> JSONReply {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.readWholeBody(upTo: 16 * 1024 * 1024)
        } catch {
            return ResponseWriter.errorReply(MagentoHTTPError(.contentTooLarge, "The request body is too large."))
        }
        request.body = RequestBody(buffer: body)
        let caller = "\(identity.userType.rawValue):\(identity.userId ?? 0)"
        let hash = Self.hash(method: request.method.rawValue, uri: request.uri.description, body: body)
        do {
            switch try await store.begin(caller: caller, key: key, requestHash: hash, now: clock.now()) {
            case .replay(let status, let stored):
                return JSONReply(
                    status: HTTPResponse.Status(code: status), bytes: Array(stored.utf8),
                    extraHeaders: [(Self.replayedField, "true")]
                )
            case .mismatch:
                return ResponseWriter.errorReply(MagentoHTTPError(
                    .badRequest, "Keys for idempotent requests can only be used with the same parameters they were first used with."
                ))
            case .inProgress:
                return ResponseWriter.errorReply(MagentoHTTPError(
                    .conflict, "A request with the same Idempotency-Key is still being processed."
                ))
            case .proceed:
                let reply = await run(request)
                if reply.status.code >= 500 {
                    try await store.abandon(caller: caller, key: key)
                } else {
                    try await store.complete(caller: caller, key: key, status: reply.status.code, body: String(decoding: reply.bytes, as: UTF8.self))
                }
                return reply
            }
        } catch {
            return ResponseWriter.errorReply(ErrorRenderer().render(error, logger: .init(label: "magpie.idempotency")))
        }
    }

    static func hash(method: String, uri: String, body: ByteBuffer) -> String {
        var hasher = SHA256()
        hasher.update(data: Data("\(method) \(uri)\n".utf8))
        hasher.update(data: Data(body.readableBytesView))
        return hasher.finalize().lowercaseHex
    }
}
