import MagentoWire

/// Every failure the SDK reports. A struct over a private enum, so new kinds never break callers:
/// inspect it through its properties (`status`, `isTransient`, `magentoError`) or compare `code`.
public struct MagentoClientError: Error, Sendable, CustomStringConvertible {
    private enum Kind: Sendable {
        case http(status: Int, body: ErrorBody?, raw: String)
        case unauthorized(body: ErrorBody?, reason: UnauthorizedReason)
        case transport(detail: String, timedOut: Bool)
        case decoding(detail: String)
        case invalidRequest(detail: String)
        case bulkTimedOut(bulkUUID: String)
    }

    /// Why a 401 is final.
    enum UnauthorizedReason: Sendable {
        /// The credentials were refused (a wrong password, a guest, an account without access).
        case refused
        /// Still refused right after a new token was obtained.
        case refusedAfterRefresh
        /// A fixed token (bearer or OAuth) was refused; `acceptedEarlier` when this client had used it successfully.
        case tokenRefused(acceptedEarlier: Bool)
    }

    /// A stable name for the kind of failure, for `switch`-free comparisons and reports.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        public var description: String { name }

        /// The store answered a non-2xx status other than 401.
        public static let http = Code("http")
        /// 401: missing or rejected credentials.
        public static let unauthorized = Code("unauthorized")
        /// 401 again right after a fresh token was obtained, or a fixed token refused after it had
        /// worked: the token may have expired or been revoked.
        public static let tokenExpired = Code("token_expired")
        /// No answer: connection refused or reset, DNS, TLS.
        public static let connection = Code("connection")
        /// No answer within the configured timeout.
        public static let timeout = Code("timeout")
        /// The answer was not the JSON the call expects.
        public static let decoding = Code("decoding")
        /// The request could not be built (bad base URL, unencodable body).
        public static let invalidRequest = Code("invalid_request")
        /// A bulk did not finish before the polling deadline.
        public static let bulkTimedOut = Code("bulk_timed_out")
    }

    private let kind: Kind
    /// How many attempts were made before giving up (1 when the first answer was final).
    public internal(set) var attempts: Int = 1

    private init(_ kind: Kind) { self.kind = kind }

    static func http(status: Int, body: ErrorBody?, raw: String) -> Self { Self(.http(status: status, body: body, raw: raw)) }
    static func unauthorized(body: ErrorBody?, reason: UnauthorizedReason) -> Self { Self(.unauthorized(body: body, reason: reason)) }
    static func transport(_ detail: String, timedOut: Bool) -> Self { Self(.transport(detail: detail, timedOut: timedOut)) }
    /// For custom transports: no connection, or it broke before an answer (retried).
    public static func connectionFailed(_ detail: String) -> Self { transport(detail, timedOut: false) }
    /// For custom transports: no answer in time (retried).
    public static func timedOut(_ detail: String) -> Self { transport(detail, timedOut: true) }
    static func decoding(_ detail: String) -> Self { Self(.decoding(detail: detail)) }
    static func invalidRequest(_ detail: String) -> Self { Self(.invalidRequest(detail: detail)) }
    static func bulkTimedOut(_ uuid: String) -> Self { Self(.bulkTimedOut(bulkUUID: uuid)) }

    public var code: Code {
        switch kind {
        case .http: .http
        case .unauthorized(_, .refused), .unauthorized(_, .tokenRefused(acceptedEarlier: false)): .unauthorized
        case .unauthorized: .tokenExpired
        case .transport(_, let timedOut): timedOut ? .timeout : .connection
        case .decoding: .decoding
        case .invalidRequest: .invalidRequest
        case .bulkTimedOut: .bulkTimedOut
        }
    }

    /// The HTTP status, when the store answered.
    public var status: Int? {
        switch kind {
        case .http(let status, _, _): status
        case .unauthorized: 401
        default: nil
        }
    }

    /// Magento's error body (`message` template, `parameters`, nested `errors`), when there was one.
    public var magentoError: ErrorBody? {
        switch kind {
        case .http(_, let body, _): body
        case .unauthorized(let body, _): body
        default: nil
        }
    }

    /// Whether the same request may succeed if sent again: timeouts, connection errors, 429, 502, 503, 504.
    public var isTransient: Bool {
        switch kind {
        case .transport: true
        case .http(let status, _, _): RetryPolicy.transientStatuses.contains(status)
        default: false
        }
    }

    /// The message for people: Magento's template with `%1` / `%name` filled in from its parameters.
    public var message: String {
        switch kind {
        case .http(let status, let body, let raw):
            if let body { return body.renderedMessage }
            return raw.isEmpty ? "HTTP \(status)" : "HTTP \(status): \(raw.prefix(200))"
        case .unauthorized(let body, let reason):
            let text = body?.renderedMessage ?? "Unauthorized"
            switch reason {
            case .refused:
                return text
            case .refusedAfterRefresh:
                return "\(text) (still refused after obtaining a new token: the token may have expired or been revoked, or the account lacks access)"
            case .tokenRefused(let acceptedEarlier):
                return acceptedEarlier
                    ? "\(text) (the token worked earlier in this run and is now refused: the token may have expired or been revoked)"
                    : "\(text) (the token was refused: the token may have expired or been revoked, or it lacks access)"
            }
        case .transport(let detail, let timedOut):
            return timedOut ? "The store did not answer in time (\(detail))" : "Could not reach the store (\(detail))"
        case .decoding(let detail): return "Unexpected response: \(detail)"
        case .invalidRequest(let detail): return "Invalid request: \(detail)"
        case .bulkTimedOut(let uuid): return "Bulk \(uuid) did not finish before the deadline"
        }
    }

    public var description: String {
        let prefix = status.map { "\($0) " } ?? ""
        let tries = attempts > 1 ? " after \(attempts) attempts" : ""
        return "MagentoClientError.\(code) \(prefix)\(message)\(tries)"
    }
}
