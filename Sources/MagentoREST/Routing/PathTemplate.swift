/// A Magento route path such as `/V1/products/:sku/media/:entryId`.
public struct PathTemplate: Sendable, Hashable, CustomStringConvertible {
    public enum Segment: Sendable, Hashable {
        case literal(String)
        case parameter(String)
    }

    public let segments: [Segment]
    public let description: String

    public init(_ path: String) {
        self.description = "/" + path.split(separator: "/").joined(separator: "/")
        self.segments = path.split(separator: "/").map { part in
            part.first == ":" ? .parameter(String(part.dropFirst())) : .literal(String(part))
        }
    }

    public var parameterNames: [String] {
        segments.compactMap { if case .parameter(let name) = $0 { name } else { nil } }
    }

    /// Swagger's form: `/V1/products/{sku}`.
    public var swaggerPath: String {
        "/" + segments.map { segment in
            switch segment {
            case .literal(let text): text
            case .parameter(let name): "{\(name)}"
            }
        }.joined(separator: "/")
    }

    /// Path parameters when `path` (already percent-decoded segments) fits this template.
    func match(_ path: [String]) -> [String: String]? {
        guard path.count == segments.count else { return nil }
        var parameters: [String: String] = [:]
        for (segment, value) in zip(segments, path) {
            switch segment {
            case .literal(let text):
                guard text == value else { return nil }
            case .parameter(let name):
                parameters[name] = value
            }
        }
        return parameters
    }
}
