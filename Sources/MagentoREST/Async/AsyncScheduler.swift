import CommerceDomain
import Crypto
import Foundation
import HTTPTypes
import MagentoWire

/// Turns an accepted async or bulk request into a stored bulk and Magento's 202 body.
struct AsyncScheduler: Sendable {
    let bulks: any BulkRepository

    /// - Parameters:
    ///   - elements: the request bodies, one per operation (a single one for async).
    ///   - pathParameters: for async, the URL's; for bulk, read from each element by name.
    func schedule(
        endpoint: Endpoint, elements: [JSONValue?], urlParameters: [String: String]?, store: String?,
        identity: CallerIdentity, policy: BulkErrorPolicy = .rejectFailed
    ) async throws -> AsyncResponse {
        let uuid = UUID().uuidString.lowercased()
        let topic = Self.topic(endpoint)
        var operations: [NewBulk.Operation] = []
        var items: [AsyncRequestItem] = []
        for (index, element) in elements.enumerated() {
            let serialized = try Self.serializedData(element)
            let hash = Self.sha256(serialized)
            if let element, element.objectValue == nil {
                // Not an object: it cannot be bound to the route's arguments, so it is never scheduled.
                let message = BindingError.notAllParametersValid.errorBody.renderedMessage
                operations.append(.init(index: index, topic: topic, serializedData: serialized, request: nil,
                                        status: .rejected, resultMessage: message, errorCode: 0))
                items.append(AsyncRequestItem(id: index, dataHash: hash, status: "rejected", errorMessage: message, errorCode: 0))
                continue
            }
            let parameters = urlParameters ?? Self.pathParameters(endpoint.path.parameterNames, from: element)
            if let missing = endpoint.path.parameterNames.first(where: { parameters[$0] == nil }) {
                // A bulk row must carry its placeholder's value (`sku` for `bySku`), or it has no target.
                let message = BindingError.required(fieldName: missing).errorBody.renderedMessage
                operations.append(.init(index: index, topic: topic, serializedData: serialized, request: nil,
                                        status: .rejected, resultMessage: message, errorCode: 0))
                items.append(AsyncRequestItem(id: index, dataHash: hash, status: "rejected", errorMessage: message, errorCode: 0))
                continue
            }
            let request = ScheduledRequest(
                method: endpoint.method.rawValue, path: endpoint.path.description, store: store,
                pathParameters: parameters, body: element, userType: identity.userType.rawValue, userId: identity.userId
            )
            operations.append(.init(index: index, topic: topic, serializedData: serialized, request: request, status: .open))
            items.append(AsyncRequestItem(id: index, dataHash: hash, status: "accepted"))
        }
        let rejected = items.filter { $0.status == "rejected" }.count
        if rejected > 0, policy == .rejectAll {
            throw CommerceError.invalidInput(
                message: "The bulk was not accepted: %1 of its %2 operations cannot be scheduled.",
                parameters: [String(rejected), String(items.count)]
            )
        }
        if policy == .ignoreFailed {
            operations.removeAll { $0.status == .rejected }
        }
        try await bulks.schedule(NewBulk(
            uuid: uuid, userType: identity.userType.rawValue, userId: identity.userId,
            description: "Topic \(topic)", operations: operations
        ))
        return AsyncResponse(bulkUuid: uuid, requestItems: items, errors: items.contains { $0.status == "rejected" })
    }

    /// Magento's topic name: `async.` and the service interface's path, method and HTTP verb,
    /// lower-cased (`async.magento.catalog.api.productrepositoryinterface.save.post`).
    static func topic(_ endpoint: Endpoint) -> String {
        let interface = endpoint.serviceClassMethod.replacingOccurrences(of: "::", with: ".").replacingOccurrences(of: "\\", with: ".")
        return "async.\(interface).\(endpoint.method.rawValue)".lowercased()
    }

    /// Magento's `serialized_data`: the body as JSON text inside `meta_information`.
    static func serializedData(_ body: JSONValue?) throws -> String {
        JSONValue.object(JSONObject([
            ("entity_id", .null), ("entity_link", .string("")),
            ("meta_information", .string((body ?? .object(JSONObject())).jsonString)),
        ])).jsonString
    }

    /// Lower-case hex of the SHA-256 of `text`. Hand-rolled: `String(format:)` per byte was more
    /// than half of accepting a 100,000-row bulk.
    static func sha256(_ text: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(text.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// A bulk element names its placeholders as top-level keys (`{"sku": …}` for `bySku`), or
    /// inside the entity it carries (`{"product": {"sku": …}}`, which is what Magento's own bulk
    /// clients send: Magento saves the entity as given, so its SKU is the one that counts).
    static func pathParameters(_ names: [String], from element: JSONValue?) -> [String: String] {
        var parameters: [String: String] = [:]
        for name in names {
            var candidates = [element?[name], element?[name.snakeCased]]
            if case .object(let members)? = element {
                for (_, member) in members { candidates += [member[name], member[name.snakeCased]] }
            }
            for candidate in candidates {
                switch candidate {
                case .string(let value)?: parameters[name] = value
                case .number(let text)?: parameters[name] = text
                default: continue
                }
                break
            }
        }
        return parameters
    }
}
