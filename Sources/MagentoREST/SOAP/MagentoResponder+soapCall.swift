import CommerceDomain
import HTTPTypes
import Hummingbird
import MagentoWire
import NIOCore

/// A SOAP call: the operation named by the body's element, the REST route that serves it, and
/// the same binding, ACL and handler REST runs (``MagentoResponder/run``).
extension MagentoResponder {
    func soapCall(_ request: Request, query: JSONObject, store: SOAPStore, caller: Caller, requestId: String) async throws -> JSONReply {
        guard request.method == .post else { throw MagentoHTTPError.invalidMethod }
        let services = try soap.requestedServices(query["services"]?.stringValue)
        let namespace = SOAPGateway.endpointURL(baseURL: settings.baseURL, store: store.code, services: services)
        let element = try await soapBodyElement(request)
        let name = element.name.hasSuffix("Request") ? String(element.name.dropLast("Request".count)) : element.name
        guard let operation = soap.table.operation(named: name, in: services) else {
            throw MagentoHTTPError(.notFound, "Operation \"%1\" not found.", parameters: .positional([name]))
        }
        let types = soap.types.types(of: operation)
        let input = SOAPInput(definitions: types.definitions)
        var arguments: [String: JSONValue] = [:]
        // An element no route declares still reaches the handler, untyped, as an unknown JSON
        // key would: a route that reads more than it declares keeps working over SOAP.
        var undeclared = JSONObject()
        for child in element.children {
            if let argument = operation.arguments.first(where: { $0.name == child.name }) {
                arguments[argument.name] = input.json(child, as: types.arguments[argument.name])
            } else {
                undeclared[child.name] = input.untyped(child)
            }
        }
        let endpoint = try soapVariant(operation, arguments: arguments, caller: caller)
        if endpoint.secure, settings.enforceSecureRoutes,
           request.headers[Self.forwardedProto]?.lowercased() != "https", request.uri.scheme != .https {
            throw MagentoHTTPError(.badRequest, "Operation allowed only in HTTPS")
        }
        var pathParameters: [String: String] = [:]
        for placeholder in endpoint.path.parameterNames where !endpoint.forced.contains(where: { $0.name == placeholder }) {
            let soapName = SOAPNames.camelCase(placeholder)
            guard let value = arguments[soapName], value != .null else { throw BindingError.required(fieldName: soapName) }
            pathParameters[placeholder] = value.stringValue ?? value.numberText ?? value.boolValue.map { $0 ? "1" : "0" } ?? ""
        }
        var body = undeclared
        var queryArguments = JSONObject()
        for argument in operation.arguments where argument.source != .path {
            guard let value = arguments[argument.name] else { continue }
            body[argument.handlerName] = value
            if argument.source == .query { queryArguments[argument.handlerName] = value }
        }
        let result = try await run(
            endpoint, identity: caller.identity, store: store.view, isAll: store.isAll, pathParameters: pathParameters,
            query: queryArguments, body: .object(body), requestId: requestId, namesView: store.namesView
        )
        var xml = XMLWriter()
        xml.open("env:Envelope", ["xmlns:env": SOAPFault.envelopeNamespace])
        xml.open("env:Body")
        xml.open("ns1:" + operation.responseElement, ["xmlns:ns1": namespace])
        SOAPOutput(definitions: types.definitions).write(result, named: "result", as: types.result, into: &xml)
        xml.close("ns1:" + operation.responseElement)
        xml.close("env:Body")
        xml.close("env:Envelope")
        return JSONReply(status: .ok, bytes: xml.bytes, route: "SOAP \(operation.name)", contentType: Self.soapContentType)
    }

    /// The envelope's body element, after the size bound and the XML checks Magento makes.
    func soapBodyElement(_ request: Request) async throws -> XMLTree {
        let buffer: ByteBuffer
        do {
            buffer = try await request.readWholeBody(upTo: settings.maxBodyBytes)
        } catch {
            throw MagentoHTTPError(.contentTooLarge, "The request body is larger than %1 bytes.", parameters: .positional([String(settings.maxBodyBytes)]))
        }
        let envelope: XMLTree
        do {
            envelope = try XMLTreeParser.parse(Array(buffer.readableBytesView))
        } catch XMLTreeParser.Failure.doctype {
            throw MagentoHTTPError(.badRequest, "Invalid XML: Detected use of illegal DOCTYPE")
        } catch {
            throw MagentoHTTPError(.badRequest, "Invalid XML")
        }
        guard envelope.name == "Envelope", let element = envelope.child("Body")?.children.first else {
            throw MagentoHTTPError(.badRequest, "Invalid XML")
        }
        return element
    }

    /// The route to run: one whose ACL admits the caller, preferring the one whose placeholders
    /// the arguments fill most completely (`getDefaultGroup` with or without `storeId`).
    func soapVariant(_ operation: SOAPOperation, arguments: [String: JSONValue], caller: Caller) throws -> Endpoint {
        let allowed = operation.variants.filter { AccessControl.allows($0.access, caller: caller) }
        func filled(_ endpoint: Endpoint) -> Int {
            let names = endpoint.path.parameterNames.map(SOAPNames.camelCase)
            return names.allSatisfy { arguments[$0] != nil } ? names.count : -1
        }
        guard let best = allowed.max(by: { filled($0) < filled($1) }) else {
            throw MagentoHTTPError.unauthorized(operation.resourceNames)
        }
        return best
    }
}
