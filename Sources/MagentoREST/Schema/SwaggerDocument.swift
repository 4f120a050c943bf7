import HTTPTypes
import MagentoWire

/// Swagger 2.0 for the routes a caller may use, built from the endpoint table
/// (`GET /rest/<store>/schema?services=all`). Every schema is reflected from the wire models the
/// handlers decode and encode (``WireTypeReflector``), so the document cannot drift from them.
public struct SwaggerDocument {
    let endpoints: [Endpoint]
    let basePath: String
    let host: String

    public init(endpoints: [Endpoint], basePath: String, host: String) {
        self.endpoints = endpoints
        self.basePath = basePath
        self.host = host
    }

    /// The `services` filter: nil for all; otherwise names matching `[A-Za-z0-9]*V\d+`.
    static func services(from value: String?) throws -> Set<String>? {
        guard let value, !value.isEmpty, value != "all" else { return nil }
        let names = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let valid = names.allSatisfy { name in
            guard let v = name.lastIndex(of: "V") else { return false }
            let head = name[..<v]
            let digits = name[name.index(after: v)...]
            return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
                && head.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
        guard valid else {
            throw MagentoHTTPError(.badRequest, "Incorrect format of request URI or Requested services are missing.")
        }
        return Set(names)
    }

    /// Swagger requires unique operation ids; Magento reuses one method on several paths
    /// (`getDefaultGroup` with and without `storeId`), so a repeat is told apart by its placeholders.
    static func unique(_ endpoint: Endpoint, among used: inout Set<String>) -> String {
        var id = endpoint.operationId
        if used.contains(id) {
            id += "By" + endpoint.path.parameterNames.map(\.capitalizedFirst).joined()
        }
        var candidate = id
        var counter = 2
        while used.contains(candidate) {
            candidate = id + String(counter)
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    var json: JSONValue { document(reflector: WireTypeReflector()) }

    /// Definition names two different wire types would share, so the document would describe
    /// only one of them; see ``WireTypeReflector/clashes``.
    public var definitionNameClashes: [String] {
        let reflector = WireTypeReflector()
        _ = document(reflector: reflector)
        return reflector.clashes
    }

    func document(reflector: WireTypeReflector) -> JSONValue {
        let errorResponse = reflector.describe(ErrorBody.self)
        var paths = JSONObject()
        var operationIds = Set<String>()
        for endpoint in endpoints.sorted(by: { ($0.path.description, $0.method.rawValue) < ($1.path.description, $1.method.rawValue) }) {
            var item = paths[endpoint.path.swaggerPath]?.objectValue ?? JSONObject()
            let id = Self.unique(endpoint, among: &operationIds)
            item[endpoint.method.rawValue.lowercased()] = operation(endpoint, id: id, reflector: reflector, error: errorResponse)
            paths[endpoint.path.swaggerPath] = .object(item)
        }
        let definitions = reflector.definitions.sorted { $0.name < $1.name }.map { ($0.name, SwaggerSchema.definition($0)) }
        let tags = Array(Set(endpoints.map(\.service))).sorted().map { name in
            JSONValue.object(JSONObject([("name", .string(name)), ("description", .string(name))]))
        }
        return .object(JSONObject([
            ("swagger", .string("2.0")),
            ("info", .object(JSONObject([("version", .string("2.4")), ("title", .string("Magpie"))]))),
            ("host", .string(host)),
            ("basePath", .string(basePath)),
            ("schemes", .array([.string("http")])),
            ("tags", .array(tags)),
            ("paths", .object(paths)),
            ("definitions", .object(JSONObject(definitions))),
            ("securityDefinitions", .object(JSONObject([
                ("api_key", .object(JSONObject([("type", .string("apiKey")), ("name", .string("Authorization")), ("in", .string("header"))]))),
            ]))),
        ]))
    }
}
