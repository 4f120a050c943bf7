import HTTPTypes
import MagentoWire
import Testing

@Suite("SOAP answers match the WSDL across the endpoint table")
struct SOAPSchemaSweepTests {
    /// Every GET route with no placeholders, called over SOAP as the admin with no arguments
    /// beyond an empty `searchCriteria`; each answer that is not a fault must validate against
    /// the schema of the WSDL of all services.
    @Test("every argument-free read answers a document valid against the WSDL's schema")
    func everyReadValidates() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let services = try await session.get("/soap/default?wsdl_list=1").json?.objectValue?.keys ?? []
            let all = services.joined(separator: ",")
            let wsdl = try await session.wsdl(all, token: token)
            let schema = try #require(SchemaValidator.schema(ofWSDL: wsdl.text))
            let swagger = try await session.get("/rest/default/schema?services=all", token: token)
            var reads: [(service: String, operation: String, criteria: Bool)] = []
            for (path, item) in swagger.json?["paths"]?.objectValue ?? JSONObject() where !path.contains("{") {
                guard let get = item["get"], let id = get["operationId"]?.stringValue, id.hasSuffix("Get"),
                      let service = get["tags"]?.arrayValue?.first?.stringValue else { continue }
                let required = get["parameters"]?.arrayValue?.contains { $0["required"] == .bool(true) && $0["name"]?.stringValue != "searchCriteria[pageSize]" } ?? false
                guard !required else { continue }
                let criteria = get["parameters"]?.arrayValue?.contains { $0["name"]?.stringValue == "searchCriteria[pageSize]" } ?? false
                reads.append((service, String(id.dropLast(3).dropFirst(service.count)), criteria))
            }
            #expect(reads.count > 25)
            var validated = 0
            for read in reads {
                let arguments = read.criteria ? "<searchCriteria><pageSize>3</pageSize></searchCriteria>" : ""
                let body = """
                    <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body>\
                    <m:\(read.service)\(read.operation)Request xmlns:m="x">\(arguments)</m:\(read.service)\(read.operation)Request></env:Body></env:Envelope>
                    """
                let reply = try await session.send(.post, "/soap/default?services=\(all)", token: token, body: body, contentType: "application/soap+xml")
                guard reply.soapBody?.name != "Fault" else { continue }
                let payload = try #require(SchemaValidator.payload(ofEnvelope: reply.text))
                let problems = try await SchemaValidator.problems(schema: schema, instance: payload)
                #expect(problems == nil, "\(read.service)\(read.operation): \(problems ?? "")")
                validated += 1
            }
            #expect(validated > 20, "only \(validated) of \(reads.count) reads answered")
        }
    }
}
