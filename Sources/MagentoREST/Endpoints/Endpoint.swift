import HTTPTypes
import MagentoWire

/// One route of the REST API, declared once. Router registration, the ACL check and the
/// Swagger document all come from these declarations and nothing else.
public struct Endpoint: Sendable {
    public var method: HTTPRequest.Method
    public var path: PathTemplate
    public var access: EndpointAccess
    /// Magento's service name, e.g. `storeWebsiteRepositoryV1` (Swagger tag and `services=` filter).
    public var service: String
    /// The service method, e.g. `getList` (part of the Swagger operationId).
    public var operation: String
    public var summary: String
    public var forced: [ForcedParameter]
    /// Query arguments the route reads, for the Swagger document.
    public var queryArguments: [QueryArgument]
    /// The JSON body's top-level keys the route reads and their types, for the Swagger document.
    public var bodyArguments: [BodyArgument]
    /// The 200 response's shape, reflected from the handler's result type.
    public var responseType: @Sendable (WireTypeReflector) -> WireType
    /// The handler's result type is an `Optional` (it may answer `null`).
    public var resultIsOptional: Bool
    /// Path placeholders whose type differs from the naming rule in ``pathType(of:)``.
    public var pathTypeOverrides: [String: WireType] = [:]
    public var handler: @Sendable (EndpointCall) async throws -> EndpointResult
    /// webapi.xml `secure="true"`: refused over plain HTTP when `RESTSettings.enforceSecureRoutes` is on.
    public var secure = false
    /// False for writes that must never run from the operation queue (`/async`, `/async/bulk`).
    public var queueable = true
    /// When set, the handler returns text that is sent as it is with this content type (a CSV
    /// export), instead of JSON.
    public var rawContentType: String?
    /// Runs on the raw body and headers before anything is parsed (a signature check, say).
    public var rawBodyCheck: (@Sendable (_ body: [UInt8], _ headers: HTTPFields) throws -> Void)?

    public init<Output: Encodable & Sendable>(
        _ method: HTTPRequest.Method,
        _ path: String,
        access: EndpointAccess,
        service: String,
        operation: String,
        summary: String,
        forced: [ForcedParameter] = [],
        query: [QueryArgument] = [],
        body: [BodyArgument] = [],
        returns: Output.Type = Output.self,
        handler: @escaping @Sendable (EndpointCall) async throws -> Output
    ) {
        self.method = method
        self.path = PathTemplate(path)
        self.access = access
        self.service = service
        self.operation = operation
        self.summary = summary
        self.forced = forced
        self.queryArguments = query
        self.bodyArguments = body
        self.responseType = { reflector in WireTypeReflector.describeResult(Output.self, reflector) }
        self.resultIsOptional = Output.self is any WireOptional.Type
        self.handler = { call in EndpointResult(try await handler(call)) }
        self.rawBodyCheck = nil
    }

    /// The same endpoint marked `secure` (HTTPS only when the setting enforces it).
    public func securedOnly() -> Endpoint {
        var copy = self
        copy.secure = true
        return copy
    }

    /// The same endpoint without `/async` and `/async/bulk` variants.
    public func synchronousOnly() -> Endpoint {
        var copy = self
        copy.queueable = false
        return copy
    }

    /// The same endpoint answering its text result as-is, with `contentType`.
    public func answeringText(contentType: String) -> Endpoint {
        var copy = self
        copy.rawContentType = contentType
        return copy
    }

    /// The same endpoint with a path placeholder typed differently from the naming rule (a guest
    /// cart's masked `cartId` is a string).
    public func pathType(_ name: String, _ type: WireType) -> Endpoint {
        var copy = self
        copy.pathTypeOverrides[name] = type
        return copy
    }

    /// A placeholder's type: ids (`id`, `…Id`, except `countryId`) are integers, the rest strings.
    public func pathType(of name: String) -> WireType {
        if let override = pathTypeOverrides[name] { return override }
        let isId = name == "id" || name == "parent_id" || (name.hasSuffix("Id") && name != "countryId")
        return isId || Self.integerPlaceholders.contains(name) ? .integer : .string
    }

    static let integerPlaceholders: Set<String> = ["isFilterable", "status"]

    /// The same endpoint with a check on its raw body, run before the body is parsed.
    public func checkingRawBody(_ check: @escaping @Sendable (_ body: [UInt8], _ headers: HTTPFields) throws -> Void) -> Endpoint {
        var copy = self
        copy.rawBodyCheck = check
        return copy
    }

    /// Swagger's operationId: service + method + HTTP verb, e.g. `storeWebsiteRepositoryV1GetListGet`.
    public var operationId: String {
        service + operation.capitalizedFirst + method.rawValue.lowercased().capitalizedFirst
    }
}

/// A documented query argument (`searchCriteria`, `storeCodes`).
public struct QueryArgument: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case searchCriteria
        case string
        case integer
        case stringArray
    }

    public var name: String
    public var kind: Kind
    public var required: Bool

    public init(_ name: String, _ kind: Kind, required: Bool = false) {
        self.name = name
        self.kind = kind
        self.required = required
    }

    public static let searchCriteria = QueryArgument("searchCriteria", .searchCriteria, required: true)
}

/// What a handler returned, encoded lazily with Magento's rules.
public struct EndpointResult: Sendable {
    let encode: @Sendable (MagentoEncoder) throws -> JSONValue

    public init<Value: Encodable & Sendable>(_ value: Value) {
        self.encode = { encoder in try encoder.encode(value) }
    }
}

extension String {
    var capitalizedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}
