import HTTPTypes
import MagentoWire

/// What the responder keeps for `/soap`: the services derived from the endpoint table and the
/// per-operation type cache.
struct SOAPGateway: Sendable {
    let table: SOAPServiceTable
    let types = SOAPTypeCache()

    init(_ endpoints: [Endpoint]) {
        table = SOAPServiceTable(endpoints)
    }

    /// `/soap`, `/soap/`, `/soap/<store>`.
    static func claims(path: String) -> Bool {
        path == "/soap" || path.hasPrefix("/soap/")
    }

    /// The store segment: nil for `/soap`, else the code (`default`, `all`).
    static func storeCode(path: String) -> String? {
        let rest = path.dropFirst("/soap".count).split(separator: "/")
        return rest.first.map(String.init)
    }

    /// `services=a,b` as Magento validates it: required, names of letters and digits ending `V<n>`.
    func requestedServices(_ value: String?) throws -> [String] {
        guard let value, !value.isEmpty, value != "all", let names = try SwaggerDocument.services(from: value) else {
            throw MagentoHTTPError(.badRequest, "Incorrect format of request URI or Requested services are missing.")
        }
        let ordered = value.split(separator: ",").map(String.init).filter(names.contains)
        var unique: [String] = []
        for name in ordered where !unique.contains(name) { unique.append(name) }
        for name in unique where table.operationsByService[name] == nil {
            throw MagentoHTTPError(.badRequest, "Requested service is not available: \"%1\"", parameters: .positional([name]))
        }
        return unique
    }

    /// The endpoint URL and target namespace: `<base>soap/<store>?services=<list>`, the query
    /// encoded as PHP's `http_build_query` encodes it.
    static func endpointURL(baseURL: String, store: String, services: [String]) -> String {
        baseURL + "soap/" + store + "?services=" + services.joined(separator: "%2C")
    }
}
