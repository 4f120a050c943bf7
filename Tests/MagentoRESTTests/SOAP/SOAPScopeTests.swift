import HTTPTypes
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("SOAP store scope and secure routes follow REST")
struct SOAPScopeTests {
    @Test("a secure route refuses plain HTTP when enforced, and accepts a TLS proxy's forward")
    func secureRoutes() async throws {
        let secured = ProbeEndpoints.all.map { $0.path.description == "/V1/probe/items/mine" ? $0.securedOnly() : $0 }
        try await TestApp.make(extraEndpoints: secured, configure: { $0.enforceSecureRoutes = true }).run { session in
            let envelope = """
                <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body>\
                <m:probeV1MineRequest xmlns:m="x"/></env:Body></env:Envelope>
                """
            let plain = try await session.send(.post, "/soap/default?services=probeV1", body: envelope, contentType: "application/soap+xml")
            #expect(plain.soapBody?["Reason", "Text"]?.text == "Operation allowed only in HTTPS")
            let proxied = try await session.send(
                .post, "/soap/default?services=probeV1", body: envelope, contentType: "application/soap+xml", headers: ["X-Forwarded-Proto": "https"]
            )
            #expect(proxied.soapBody?["result", "route"]?.text == "literal", "\(proxied.text)")
        }
    }

    @Test("an unknown store code is a fault, and the WSDL of /soap/all names its own endpoint")
    func stores() async throws {
        try await TestApp.make().run { session in
            let unknown = try await session.get("/soap/nowhere?wsdl&services=directoryCountryInformationAcquirerV1")
            #expect(unknown.status == .notFound)
            #expect(unknown.soapBody?["Reason", "Text"]?.text == "The store that was requested wasn't found. Verify the store and try again.")
            let all = try await session.get("/soap/all?wsdl&services=directoryCountryInformationAcquirerV1")
            #expect(all.xml?.attributes["targetNamespace"] == "http://magpie.test/soap/all?services=directoryCountryInformationAcquirerV1")
            let call = try await session.soap("directoryCountryInformationAcquirerV1", "GetCountryInfo", "<countryId>DE</countryId>", token: nil, store: "all")
            #expect(call.soapBody?["result", "id"]?.text == "DE", "\(call.text)")
        }
    }
}
