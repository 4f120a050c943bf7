import CommerceDomain
import HTTPTypes
import Hummingbird
import MagentoWire

/// `/soap/<store>`: the WSDL, the service list and calls, answered from the endpoint table.
extension MagentoResponder {
    static let wsdlContentType = "text/xml; charset=UTF-8"
    static let soapContentType = "application/soap+xml; charset=utf-8"

    /// Which store a SOAP path addresses: its view, whether it is `all`, and the code to echo.
    struct SOAPStore {
        var view: StoreView
        var isAll: Bool
        var code: String
        /// A view code in the URL: catalog writes set that view's values, as `/rest/<code>/` does.
        var namesView: Bool
    }

    func soapReply(_ request: Request, caller: Caller, requestId: String, context: Context) async -> JSONReply {
        let query = PHPQuery.parse(request.uri.query ?? "")
        let isWSDL = query["wsdl"] != nil
        var namespace = settings.baseURL + "soap/default"
        do {
            let store = try soapStore(request.uri.path)
            namespace = settings.baseURL + "soap/" + store.code
            if let services = try? soap.requestedServices(query["services"]?.stringValue) {
                namespace = SOAPGateway.endpointURL(baseURL: settings.baseURL, store: store.code, services: services)
            }
            if isWSDL {
                return try wsdlReply(query: query, store: store, caller: caller)
            }
            if query["wsdl_list"] != nil {
                return wsdlList(store: store, accept: request.headers[.accept])
            }
            return try await soapCall(request, query: query, store: store, caller: caller, requestId: requestId)
        } catch {
            let rendered = errors.render(error, logger: context.logger)
            // Faults on a WSDL request carry their HTTP status; faults on a call are 200s.
            return JSONReply(
                status: isWSDL ? rendered.status : .ok, bytes: SOAPFault.bytes(rendered, namespace: namespace),
                route: "SOAP", contentType: isWSDL ? Self.wsdlContentType : Self.soapContentType
            )
        }
    }

    func soapStore(_ path: String) throws -> SOAPStore {
        guard let code = SOAPGateway.storeCode(path: path) else {
            return SOAPStore(view: stores.defaultView, isAll: false, code: stores.defaultView.code, namesView: false)
        }
        if code == "all" { return SOAPStore(view: stores.view(id: 0) ?? stores.defaultView, isAll: true, code: code, namesView: false) }
        guard code != "admin", let view = stores.view(code: code) else {
            throw MagentoHTTPError(.notFound, "The store that was requested wasn't found. Verify the store and try again.")
        }
        return SOAPStore(view: view, isAll: false, code: code, namesView: true)
    }

    /// `?wsdl&services=…`: only those two parameters; services the caller may use nothing of are
    /// left out, and none at all is Magento's authorization error.
    func wsdlReply(query: JSONObject, store: SOAPStore, caller: Caller) throws -> JSONReply {
        let notAllowed = query.keys.filter { $0 != "wsdl" && $0 != "services" }
        guard notAllowed.isEmpty else {
            throw MagentoHTTPError(
                .badRequest, "Not allowed parameters: %1. Please use only %2 and %3.",
                parameters: .positional([notAllowed.joined(separator: ", "), "wsdl", "services"])
            )
        }
        let names = try soap.requestedServices(query["services"]?.stringValue)
        let services = names.compactMap { name -> (name: String, operations: [SOAPOperation])? in
            let allowed = (soap.table.operationsByService[name] ?? []).filter { operation in
                operation.variants.contains { AccessControl.allows($0.access, caller: caller) }
            }
            return allowed.isEmpty ? nil : (name, allowed)
        }
        guard !services.isEmpty else {
            throw MagentoHTTPError(
                .unauthorized, "Consumer is not authorized to access %resources",
                parameters: .named(["resources": names.joined(separator: ", ")])
            )
        }
        let url = SOAPGateway.endpointURL(baseURL: settings.baseURL, store: store.code, services: names)
        return JSONReply(status: .ok, bytes: WSDLDocument(services: services, endpointURL: url).bytes, route: "SOAP WSDL",
                         contentType: Self.wsdlContentType)
    }

    /// `?wsdl_list=1`: every service with its WSDL address, through REST's renderer (JSON, or
    /// XML when the client asks for it), as Magento's controller answers it.
    func wsdlList(store: SOAPStore, accept: String?) -> JSONReply {
        let base = settings.baseURL + "soap/" + store.code + "?wsdl&services="
        let list = soap.table.serviceNames.map { ($0, JSONValue.object(JSONObject([("wsdl_endpoint", .string(base + $0))]))) }
        guard let accept, accept.contains("xml"), !accept.contains("json") else {
            return JSONReply(status: .ok, bytes: JSONValue.object(JSONObject(list)).serialized(), route: "SOAP list")
        }
        var xml = XMLWriter()
        xml.open("response")
        for (name, entry) in list {
            xml.open(name)
            xml.element("wsdl_endpoint", text: entry["wsdl_endpoint"]?.stringValue ?? "")
            xml.close(name)
        }
        xml.close("response")
        return JSONReply(status: .ok, bytes: xml.bytes, route: "SOAP list", contentType: "application/xml; charset=utf-8")
    }
}
