import Foundation
import MagentoWire

/// One typed call: method, Magento path, query, body, and how to read the answer.
///
/// Every typed call of the SDK is a thin constructor of one of these; code that needs a route the
/// SDK does not wrap yet builds its own and sends it with ``MagentoClient/send(_:)``.
public struct MagentoRequest<Response: Sendable>: Sendable {
    /// Which URL prefix the call goes to: `/rest/<store>/V1`, `…/async/V1` or `…/async/bulk/V1`.
    public enum Mode: Sendable { case synchronous, async, bulk }

    public var method: HTTPMethod
    /// The path after the prefix, segments already percent-encoded: `/V1/products/A%2FB`.
    public var path: String
    public var query: [QueryItem]
    public var body: [UInt8]?
    public var mode: Mode = .synchronous
    /// Overrides the configured store code for this call (`.some(nil)` means `/rest/V1`).
    public var storeCode: String??
    /// Sent as `Idempotency-Key`; writes get a generated one when retries are on.
    public var idempotencyKey: String?
    /// False for the token requests themselves.
    public var authenticated = true
    let decode: @Sendable ([UInt8]) throws -> Response

    public init(
        _ method: HTTPMethod, _ segments: [String], query: [QueryItem] = [], body: [UInt8]? = nil,
        decode: @escaping @Sendable ([UInt8]) throws -> Response
    ) {
        self.method = method
        self.path = Self.path(segments)
        self.query = query
        self.body = body
        self.decode = decode
    }

    /// `/V1/` plus each segment percent-encoded (a SKU's `/` becomes `%2F`).
    public static func path(_ segments: [String]) -> String {
        "/V1/" + segments.map(URLEncoding.component).joined(separator: "/")
    }
}

extension MagentoRequest where Response: Decodable & Sendable {
    /// A request whose answer is decoded as `Response` (bare `true` and bare strings included).
    public init(_ method: HTTPMethod, _ segments: [String], query: [QueryItem] = [], body: [UInt8]? = nil) {
        self.init(method, segments, query: query, body: body, decode: ResponseDecoding.decoder(for: Response.self))
    }

    /// A write with a JSON object body, such as `{"product": …, "saveOptions": true}`.
    public init(_ method: HTTPMethod, _ segments: [String], query: [QueryItem] = [], object: [(String, any Encodable)]) throws {
        self.init(method, segments, query: query, body: try RequestBody.object(object))
    }
}

/// Encodes request bodies with MagentoWire's encoder (exact decimals, nil fields left out).
public enum RequestBody {
    public static func object(_ members: [(String, any Encodable)]) throws -> [UInt8] {
        do {
            var pairs: [(String, JSONValue)] = []
            for (name, value) in members {
                let member: any Encodable = value
                pairs.append((name, try encode(member)))
            }
            return JSONValue.object(JSONObject(pairs)).serialized()
        } catch {
            throw MagentoClientError.invalidRequest("cannot encode the body: \(error)")
        }
    }

    private static func encode(_ value: some Encodable) throws -> JSONValue {
        try MagentoEncoder().encode(value)
    }

    public static func value(_ value: some Encodable) throws -> [UInt8] {
        do {
            return try MagentoEncoder().encodeToBytes(value)
        } catch {
            throw MagentoClientError.invalidRequest("cannot encode the body: \(error)")
        }
    }
}

/// Reads answers: `JSONValue` through MagentoWire's exact parser, everything else with `JSONDecoder`
/// (which tolerates fields this SDK does not know, as a client must).
enum ResponseDecoding {
    static func decoder<T: Decodable & Sendable>(for type: T.Type) -> @Sendable ([UInt8]) throws -> T {
        { bytes in
            do {
                if T.self == JSONValue.self, let value = try JSONValue.parse(bytes) as? T { return value }
                return try JSONDecoder().decode(T.self, from: Data(bytes))
            } catch {
                let sample = String(decoding: bytes.prefix(300), as: UTF8.self)
                throw MagentoClientError.decoding("\(T.self): \(error) in \(sample)")
            }
        }
    }
}
