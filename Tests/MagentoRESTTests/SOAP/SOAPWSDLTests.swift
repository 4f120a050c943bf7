import HTTPTypes
import MagentoWire
import Testing

@Suite("SOAP WSDL: Magento's naming, derived from the endpoint table")
struct SOAPWSDLTests {
    static let three = "catalogProductRepositoryV1,customerCustomerRepositoryV1,salesOrderRepositoryV1"

    @Test("the WSDL names ports, operations, messages and types as Magento does")
    func naming() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.wsdl(Self.three, token: try await session.adminToken())
            #expect(reply.status == .ok)
            #expect(reply.contentType == "text/xml; charset=UTF-8")
            let definitions = try #require(reply.xml)
            let namespace = "http://magpie.test/soap/default?services=catalogProductRepositoryV1%2CcustomerCustomerRepositoryV1%2CsalesOrderRepositoryV1"
            #expect(definitions.attributes["targetNamespace"] == namespace)
            let portTypes = definitions.all("portType").compactMap { $0.attributes["name"] }
            #expect(portTypes == ["catalogProductRepositoryV1PortType", "customerCustomerRepositoryV1PortType", "salesOrderRepositoryV1PortType"])
            let operations = Set(definitions.all("operation").compactMap { $0.attributes["name"] })
            #expect(operations.isSuperset(of: [
                "catalogProductRepositoryV1Get", "catalogProductRepositoryV1GetList", "catalogProductRepositoryV1Save",
                "catalogProductRepositoryV1DeleteById", "customerCustomerRepositoryV1GetById",
                "salesOrderRepositoryV1Get",
            ]))
            let actions = definitions.all("operation").compactMap { $0.attributes["soapAction"] }
            #expect(actions.contains("catalogProductRepositoryV1Get"))
            let schema = try #require(definitions["types", "schema"])
            func complexType(_ name: String) -> XMLNode? {
                schema.children.first { $0.name == "complexType" && $0.attributes["name"] == name }
            }
            let request = try #require(complexType("CatalogProductRepositoryV1GetRequest"))
            #expect(request["sequence", "element"]?.attributes["name"] == "sku")
            let response = try #require(complexType("CatalogProductRepositoryV1GetResponse"))
            #expect(response["sequence", "element"]?.attributes["name"] == "result")
            #expect(response["sequence", "element"]?.attributes["type"] == "tns:CatalogDataProductInterface")
            let list = try #require(complexType("CatalogProductRepositoryV1GetListRequest"))
            #expect(list["sequence", "element"]?.attributes["type"] == "tns:FrameworkSearchCriteriaInterface")
            #expect(complexType("CatalogDataProductSearchResultsInterface") != nil)
            let items = try #require(complexType("ArrayOfCatalogDataProductInterface"))
            #expect(items["sequence", "element"]?.attributes["name"] == "item")
            #expect(items["sequence", "element"]?.attributes["maxOccurs"] == "unbounded")
            #expect(complexType("GenericFault") != nil)
            let product = try #require(complexType("CatalogDataProductInterface"))
            let members = product.all("element").compactMap { $0.attributes["name"] }
            #expect(members.contains("attributeSetId") && members.contains("extensionAttributes") && !members.contains("attribute_set_id"))
            #expect(schema.attributes["elementFormDefault"] == nil, "child elements stay unqualified")
            #expect(definitions.all("address").first?.attributes["location"] == namespace)
        }
    }

    @Test("a customer's WSDL holds the customer-self operation, named apart from the admin one")
    func customerSelfOperation() async throws {
        try await TestApp.make().run { session in
            try await session.register("soap-wsdl@example.com")
            let token = try await session.customerToken("soap-wsdl@example.com")
            let reply = try await session.wsdl("customerCustomerRepositoryV1", token: token)
            let operations = Set(reply.xml?.all("portType").first?.all("operation").compactMap { $0.attributes["name"] } ?? [])
            #expect(operations.contains("customerCustomerRepositoryV1GetByIdSelf"))
            #expect(!operations.contains("customerCustomerRepositoryV1GetById"))
            let request = reply.xml?["types", "schema"]?.children.first { $0.attributes["name"] == "CustomerCustomerRepositoryV1GetByIdSelfRequest" }
            #expect(request?["sequence"]?.children.isEmpty == true, "the forced customerId is not an input")
        }
    }

    @Test("the WSDL of every service at once compiles as an XML schema")
    func everyServiceCompiles() async throws {
        try await TestApp.make(extraEndpoints: ProbeEndpoints.all).run { session in
            let token = try await session.adminToken()
            let list = try await session.send(.get, "/soap/default?wsdl_list=1", token: nil)
            let services = list.json?.objectValue?.keys ?? []
            #expect(services.count > 40)
            let reply = try await session.wsdl(services.joined(separator: ","), token: token)
            #expect(reply.status == .ok)
            let schema = try #require(SchemaValidator.schema(ofWSDL: reply.text))
            // The schema must compile; an element it does not declare is then the only complaint.
            let problems = try await SchemaValidator.problems(schema: schema, instance: "<undeclared/>") ?? ""
            #expect(problems.contains("No matching global declaration"), "\(problems.prefix(2000))")
        }
    }

    @Test("the service list names every service of the endpoint table, Magpie's own and test routes included")
    func serviceList() async throws {
        try await TestApp.make(extraEndpoints: ProbeEndpoints.all).run { session in
            let list = try await session.send(.get, "/soap/all?wsdl_list=1")
            #expect(list.status == .ok)
            func tags(_ token: String?) async throws -> Set<String> {
                let swagger = try await session.get("/rest/all/schema?services=all", token: token)
                return Set(swagger.json?["tags"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? [])
            }
            try await session.register("soap-list@example.com")
            let customer = try await session.customerToken("soap-list@example.com")
            let visible = try await tags(session.adminToken()).union(tags(nil)).union(tags(customer))
            let listed = Set(list.json?.objectValue?.keys ?? [])
            #expect(listed == visible)
            #expect(listed.isSuperset(of: ["probeV1", "catalogProductRepositoryV1"]))
            #expect(list.json?["probeV1"]?["wsdl_endpoint"] == .string("http://magpie.test/soap/all?wsdl&services=probeV1"))
            let xml = try await session.send(.get, "/soap/all?wsdl_list=1", headers: ["Accept": "application/xml"])
            #expect(xml.xml?["probeV1", "wsdl_endpoint"]?.text == "http://magpie.test/soap/all?wsdl&services=probeV1")
        }
    }

    @Test("a WSDL request with another parameter is refused with Magento's message")
    func notAllowedParameter() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.get("/soap/default?wsdl&services=directoryCountryInformationAcquirerV1&debug=1")
            #expect(reply.status == .badRequest)
            #expect(reply.contentType == "text/xml; charset=UTF-8")
            let fault = try #require(reply.soapBody)
            #expect(fault["Reason", "Text"]?.text == "Not allowed parameters: %1. Please use only %2 and %3.")
            let values = fault.all("value").map(\.text)
            #expect(values == ["debug", "wsdl", "services"])
        }
    }

    @Test("unknown and malformed service names get Magento's errors")
    func unknownServices() async throws {
        try await TestApp.make().run { session in
            let unknown = try await session.get("/soap/default?wsdl&services=nopeRepositoryV1")
            #expect(unknown.status == .badRequest)
            #expect(unknown.soapBody?["Reason", "Text"]?.text == "Requested service is not available: \"%1\"")
            #expect(unknown.soapBody?.all("value").map(\.text) == ["nopeRepositoryV1"])
            let malformed = try await session.get("/soap/default?wsdl&services=not-a-service")
            #expect(malformed.status == .badRequest)
            #expect(malformed.soapBody?["Reason", "Text"]?.text == "Incorrect format of request URI or Requested services are missing.")
            let missing = try await session.get("/soap/default?wsdl")
            #expect(missing.status == .badRequest)
        }
    }

    @Test("a caller sees only the operations its ACL allows, and none at all is a 401")
    func aclFiltersOperations() async throws {
        try await TestApp.make().run { session in
            let anonymous = try await session.wsdl("catalogProductRepositoryV1", token: nil)
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.soapBody?["Code", "Value"]?.text == "env:Sender")
            #expect(anonymous.soapBody?["Reason", "Text"]?.text == "Consumer is not authorized to access %resources")
            let directory = try await session.wsdl("directoryCountryInformationAcquirerV1", token: nil)
            #expect(directory.status == .ok)
            let operations = Set(directory.xml?.all("portType").first?.all("operation").compactMap { $0.attributes["name"] } ?? [])
            #expect(operations == ["directoryCountryInformationAcquirerV1GetCountriesInfo", "directoryCountryInformationAcquirerV1GetCountryInfo"])
        }
    }
}
