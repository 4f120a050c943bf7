import HTTPTypes

/// The `/async/V1/…` and `/async/bulk/V1/…` routes, derived from the endpoint table: every
/// POST, PUT and DELETE route, never listed by hand. Bulk paths cannot hold placeholders, so
/// each `:param` becomes the literal `by<Param>` (`/V1/products/:sku` → `/V1/products/bySku`).
struct AsyncRouteTables: Sendable {
    let async: RouteTable
    let bulk: RouteTable
    /// The synchronous endpoint behind each bulk variant, by `METHOD path`.
    private let originals: [String: Endpoint]

    init(_ endpoints: [Endpoint]) {
        let writes = endpoints.filter { $0.method != .get && $0.queueable }
        var originals: [String: Endpoint] = [:]
        var variants: [Endpoint] = []
        for endpoint in writes {
            var variant = endpoint
            variant.path = Self.bulkPath(endpoint.path)
            originals[Self.key(variant)] = endpoint
            variants.append(variant)
        }
        self.async = RouteTable(writes)
        self.bulk = RouteTable(variants)
        self.originals = originals
    }

    /// The synchronous endpoint a matched bulk variant stands for.
    func original(of variant: Endpoint) -> Endpoint {
        originals[Self.key(variant)] ?? variant
    }

    /// Finds a synchronous write endpoint by method and template, to replay a stored operation.
    func endpoint(method: String, path: String) -> Endpoint? {
        async.endpoints.first { $0.method.rawValue == method && $0.path.description == path }
    }

    static func bulkPath(_ template: PathTemplate) -> PathTemplate {
        PathTemplate("/" + template.segments.map { segment in
            switch segment {
            case .literal(let text): text
            case .parameter(let name): "by" + name.capitalizedFirst
            }
        }.joined(separator: "/"))
    }

    private static func key(_ endpoint: Endpoint) -> String {
        endpoint.method.rawValue + " " + endpoint.path.description
    }
}
