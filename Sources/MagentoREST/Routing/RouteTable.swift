import HTTPTypes

/// Finds the endpoint for a method and path the way Magento's REST router does.
///
/// Candidates share the request's first two segments and its segment count; among the matches
/// the greatest template string wins, so `:` (which sorts before letters) makes a literal segment
/// beat a placeholder: `PUT /V1/carts/mine/items/5` reaches the `mine` route.
struct RouteTable: Sendable {
    struct Key: Hashable {
        var method: HTTPRequest.Method
        var count: Int
        var prefix: String
    }

    struct Match {
        var endpoint: Endpoint
        var pathParameters: [String: String]
    }

    private var buckets: [Key: [Endpoint]] = [:]
    /// Every (count, prefix) served by some method: a path known for another method is still 404.
    private(set) var endpoints: [Endpoint] = []

    init(_ endpoints: [Endpoint]) {
        for endpoint in endpoints {
            self.endpoints.append(endpoint)
            let key = Key(method: endpoint.method, count: endpoint.path.segments.count, prefix: Self.prefix(endpoint.path))
            buckets[key, default: []].append(endpoint)
        }
        for key in buckets.keys {
            buckets[key]?.sort { $0.path.description > $1.path.description }
        }
    }

    func match(method: HTTPRequest.Method, path: [String]) -> Match? {
        guard path.count >= 2 else { return nil }
        let key = Key(method: method, count: path.count, prefix: path[0] + "/" + path[1])
        for endpoint in buckets[key] ?? [] {
            if let parameters = endpoint.path.match(path) {
                return Match(endpoint: endpoint, pathParameters: parameters)
            }
        }
        return nil
    }

    private static func prefix(_ template: PathTemplate) -> String {
        template.segments.prefix(2).map { segment in
            switch segment {
            case .literal(let text): text
            case .parameter(let name): ":" + name
            }
        }.joined(separator: "/")
    }
}
