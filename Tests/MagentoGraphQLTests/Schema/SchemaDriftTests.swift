import HTTPTypes
import MagentoWire
import Testing

@Suite("GraphQL schema against Magento's published facts")
struct SchemaDriftTests {
    static let introspection = """
    { __schema { types { name fields(includeDeprecated: true) { name args { name type { ...T } } type { ...T } } } } }
    fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
    """

    static func printed(_ type: JSONValue?) -> String {
        guard let type else { return "?" }
        switch type["kind"]?.stringValue {
        case "NON_NULL": return printed(type["ofType"]) + "!"
        case "LIST": return "[" + printed(type["ofType"]) + "]"
        default: return type["name"]?.stringValue ?? "?"
        }
    }

    @Test("every covered field has Magento's name, type and arguments in our introspection")
    func coveredSurfaceMatches() async throws {
        try await GraphQLTestApp.make().run { session in
            let reply = try await session.post(Self.introspection)
            var ours: [String: String] = [:]
            for type in reply.data?["__schema"]?["types"]?.arrayValue ?? [] {
                let typeName = type["name"]?.stringValue ?? ""
                for field in type["fields"]?.arrayValue ?? [] {
                    let name = field["name"]?.stringValue ?? ""
                    let args = (field["args"]?.arrayValue ?? []).map { "\($0["name"]?.stringValue ?? ""):\(Self.printed($0["type"]))" }
                    ours["\(typeName).\(name)"] = "\(typeName).\(name)(\(args.joined(separator: ","))): \(Self.printed(field["type"]))"
                }
            }
            let expected = SchemaFacts.lines.split(separator: "\n").map(String.init)
            #expect(expected.count > 200)
            let drift = expected.filter { line in
                let key = String(line.prefix { $0 != "(" })
                return ours[key] != line
            }.map { line in "expected \(line), ours \(ours[String(line.prefix { $0 != "(" })] ?? "missing")" }
            #expect(drift.isEmpty, "\(drift.joined(separator: "\n"))")
        }
    }

    @Test("types clients only name in fragments exist, and PWA Studio's filter discovery answers")
    func fragmentOnlyTypes() async throws {
        try await GraphQLTestApp.make().run { session in
            let reply = try await session.get("""
            query getFilterInputs { __type(name: "ProductAttributeFilterInput") { inputFields { name type { name } } } }
            """)
            let fields = reply.data?["__type"]?["inputFields"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
            #expect(["category_id", "category_uid", "category_url_path", "name", "price", "sku", "url_key"].allSatisfy(fields.contains))
            for name in ["GroupedProduct", "BundleProduct", "DownloadableProduct", "VirtualProduct", "ImageSwatchData", "ProductReviews"] {
                let type = try await session.post("{ __type(name: \"\(name)\") { name kind } }")
                #expect(type.data?["__type"]?["name"]?.stringValue == name)
            }
        }
    }
}
