import HTTPTypes
import MagentoWire
import Testing

@Suite("SOAP faults: Magento's envelope, REST's messages")
struct SOAPFaultTests {
    /// The fault's code, reason and `key=value` parameters.
    static func fault(_ reply: TestReply) -> (code: String?, reason: String?, parameters: [String]) {
        let fault = reply.soapBody
        let items = fault?["Detail", "GenericFault", "Parameters"]?.children ?? []
        return (fault?["Code", "Value"]?.text, fault?["Reason", "Text"]?.text, items.map { "\($0["key"]?.text ?? "")=\($0["value"]?.text ?? "")" })
    }

    @Test("an unknown SKU is a Sender fault with REST's message, sent as a 200")
    func unknownSku() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let reply = try await session.soap("catalogProductRepositoryV1", "Get", "<sku>NO-SUCH</sku>", token: token)
            #expect(reply.status == .ok)
            #expect(reply.contentType == "application/soap+xml; charset=utf-8")
            #expect(reply.soapBody?.name == "Fault")
            let rest = try await session.get("/rest/V1/products/NO-SUCH", token: token)
            #expect(Self.fault(reply).code == "env:Sender")
            #expect(Self.fault(reply).reason == rest.json?["message"]?.stringValue)
            #expect(reply.soapBody?["Detail"] == nil, "no parameters, no detail, as Magento")
        }
    }

    @Test("named parameters travel as GenericFault parameters")
    func namedParameters() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let reply = try await session.soap("customerCustomerRepositoryV1", "GetById", "<customerId>999</customerId>", token: token)
            #expect(Self.fault(reply).reason == "No such entity with %fieldName = %fieldValue")
            #expect(Self.fault(reply).parameters == ["fieldName=customerId", "fieldValue=999"])
        }
    }

    @Test("a missing token is REST's authorization message naming the ACL resource")
    func missingToken() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.soap("catalogProductRepositoryV1", "Get", "<sku>ANY</sku>", token: nil)
            let rest = try await session.get("/rest/V1/products/ANY")
            #expect(Self.fault(reply).code == "env:Sender")
            #expect(Self.fault(reply).reason == rest.json?["message"]?.stringValue)
            #expect(Self.fault(reply).parameters == ["resources=" + (rest.json?["parameters"]?["resources"]?.stringValue ?? "?")])
        }
    }

    @Test("an unexpected handler error is a Receiver fault with a masked message")
    func serverError() async throws {
        try await TestApp.make(extraEndpoints: ProbeEndpoints.all).run { session in
            let reply = try await session.soap("probeV1", "Fail", "", token: nil)
            #expect(Self.fault(reply).code == "env:Receiver")
            #expect(Self.fault(reply).reason?.hasPrefix("Internal Error. Details are available in Magento log file. Report ID: webapi-") == true)
        }
    }

    @Test("a mistyped argument gets the binding error REST gives")
    func bindingError() async throws {
        try await TestApp.make(extraEndpoints: ProbeEndpoints.all).run { session in
            let soap = try await session.soap("probeV1", "Echo", "<probeItem><name>x</name><qty>many</qty></probeItem>", token: nil)
            let rest = try await session.send(.post, "/rest/V1/probe/echo", body: #"{"probeItem":{"name":"x","qty":"many"}}"#)
            #expect(Self.fault(soap).code == "env:Sender")
            #expect(Self.fault(soap).reason == rest.json?["message"]?.stringValue)
            let missing = try await session.soap("probeV1", "Echo", "", token: nil)
            #expect(Self.fault(missing).reason == "\"%fieldName\" is required. Enter and try again.")
            #expect(Self.fault(missing).parameters == ["fieldName=probeItem"])
        }
    }

    @Test("a DOCTYPE is refused before parsing, so no entity is ever expanded")
    func doctype() async throws {
        try await TestApp.make().run { session in
            let body = """
                <?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "expanded">]>\
                <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body><directoryCountryInformationAcquirerV1GetCountryInfoRequest>\
                <countryId>&x;</countryId></directoryCountryInformationAcquirerV1GetCountryInfoRequest></env:Body></env:Envelope>
                """
            let reply = try await session.send(.post, "/soap/default?services=directoryCountryInformationAcquirerV1", body: body, contentType: "application/soap+xml")
            #expect(Self.fault(reply).code == "env:Sender")
            #expect(Self.fault(reply).reason == "Invalid XML: Detected use of illegal DOCTYPE")
            #expect(!reply.text.contains("expanded"))
        }
    }

    @Test("an unparsable, empty or too deeply nested body is Invalid XML")
    func invalidXML() async throws {
        try await TestApp.make().run { session in
            let deep = String(repeating: "<a>", count: 100) + String(repeating: "</a>", count: 100)
            for body in ["<env:Envelope><unclosed>", "", "not xml at all", deep] {
                let reply = try await session.send(
                    .post, "/soap/default?services=directoryCountryInformationAcquirerV1", body: body, contentType: "application/soap+xml"
                )
                #expect(reply.status == .ok)
                #expect(Self.fault(reply).reason == "Invalid XML", "for \(body.prefix(30))")
            }
        }
    }

    @Test("an operation outside the requested services is not found")
    func unknownOperation() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.soap("directoryCountryInformationAcquirerV1", "Explode", "", token: nil)
            #expect(Self.fault(reply).reason == "Operation \"%1\" not found.")
            #expect(Self.fault(reply).parameters == ["1=directoryCountryInformationAcquirerV1Explode"])
        }
    }

    @Test("markup in values is escaped both ways, so data cannot change the document")
    func escaping() async throws {
        try await TestApp.make(extraEndpoints: ProbeEndpoints.all).run { session in
            let reply = try await session.soap("probeV1", "Echo", "<probeItem><name>&lt;b&gt; &amp; \"q\"</name><qty>2</qty></probeItem>", token: nil)
            #expect(reply.soapBody?["result", "name"]?.text == "<b> & \"q\"", "\(reply.text)")
            #expect(reply.soapBody?["result", "qty"]?.text == "2")
        }
    }
}
