/// The SOAP services derived from the endpoint table: every service name with its operations,
/// so a new REST route has its SOAP twin without a line of SOAP code.
struct SOAPServiceTable: Sendable {
    /// Service names in table order.
    let serviceNames: [String]
    let operationsByService: [String: [SOAPOperation]]

    init(_ endpoints: [Endpoint]) {
        var names: [String] = []
        var grouped: [String: [(name: String, variants: [Endpoint])]] = [:]
        let adminMethods = Set(endpoints.filter { $0.access != .selfCustomer }.map { $0.service + "." + $0.operation })
        for endpoint in endpoints {
            if grouped[endpoint.service] == nil { names.append(endpoint.service) }
            let name = SOAPNames.operation(service: endpoint.service, method: Self.method(of: endpoint, adminMethods: adminMethods))
            var operations = grouped[endpoint.service] ?? []
            if let index = operations.firstIndex(where: { $0.name == name }) {
                operations[index].variants.append(endpoint)
            } else {
                operations.append((name, [endpoint]))
            }
            grouped[endpoint.service] = operations
        }
        serviceNames = names
        operationsByService = grouped.mapValues { operations in
            operations.map { SOAPOperation(service: $0.variants[0].service, name: $0.name, variants: $0.variants) }
        }
    }

    /// The method alias: a customer-self route that shares its method with an admin route gets
    /// its own operation (`getByIdSelf`), as Magento's `soapOperation` attribute gives the `me`
    /// routes theirs, so the two keep separate ACL and argument lists.
    static func method(of endpoint: Endpoint, adminMethods: Set<String>) -> String {
        guard endpoint.access == .selfCustomer, adminMethods.contains(endpoint.service + "." + endpoint.operation) else {
            return endpoint.operation
        }
        return endpoint.operation + "Self"
    }

    /// The operation a request body names, among the requested services.
    func operation(named name: String, in services: [String]) -> SOAPOperation? {
        for service in services {
            if let found = operationsByService[service]?.first(where: { $0.name == name }) { return found }
        }
        return nil
    }
}
