import MagentoWire

/// One argument of a SOAP operation: an element of its `…Request` type.
struct SOAPArgument: Sendable {
    enum Source: Sendable, Equatable {
        /// A path placeholder of the REST route (bound as text).
        case path
        /// A query argument of the REST route (`searchCriteria`).
        case query
        /// A key of the REST route's JSON body.
        case body
    }

    /// The element name, camelCase (`parentId`).
    var name: String
    /// The name the handler reads (`parent_id`, `searchCriteria`).
    var handlerName: String
    var source: Source
    var required: Bool
    let describe: @Sendable (WireTypeReflector) -> WireType
}

/// One SOAP operation (`catalogProductRepositoryV1Get`): a service method of the endpoint table,
/// with every REST route that reaches it. Magento's WSDL lists a method once whatever the number
/// of routes, so the routes are variants chosen per call.
struct SOAPOperation: Sendable {
    var service: String
    /// `catalogProductRepositoryV1Get`.
    var name: String
    /// The routes, in table order.
    var variants: [Endpoint]
    /// The union of the variants' arguments; required only when every variant requires it.
    var arguments: [SOAPArgument]

    var requestElement: String { name + "Request" }
    var responseElement: String { name + "Response" }

    init(service: String, name: String, variants: [Endpoint]) {
        self.service = service
        self.name = name
        self.variants = variants
        var arguments: [SOAPArgument] = []
        for endpoint in variants {
            for argument in Self.arguments(of: endpoint) {
                if let index = arguments.firstIndex(where: { $0.name == argument.name }) {
                    arguments[index].required = arguments[index].required && argument.required
                } else {
                    arguments.append(argument)
                }
            }
        }
        for index in arguments.indices where !variants.allSatisfy({ Self.arguments(of: $0).contains { $0.name == arguments[index].name } }) {
            arguments[index].required = false
        }
        self.arguments = arguments
    }

    /// The ACL resources of all variants: a caller allowed by any of them may call the operation.
    var resourceNames: [String] {
        var names: [String] = []
        for endpoint in variants {
            for name in endpoint.access.resourceNames where !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// Path placeholders, query arguments and body keys, without the ones the route forces from
    /// the caller's identity (a customer's own id is never an input).
    static func arguments(of endpoint: Endpoint) -> [SOAPArgument] {
        // `customer.id` is forced inside the `customer` argument, which stays an input.
        let forced = Set(endpoint.forced.map(\.name).filter { !$0.contains(".") })
        var result: [SOAPArgument] = []
        for name in endpoint.path.parameterNames where !forced.contains(name) {
            let type = endpoint.pathType(of: name)
            result.append(SOAPArgument(name: SOAPNames.camelCase(name), handlerName: name, source: .path, required: true) { _ in type })
        }
        for query in endpoint.queryArguments where !forced.contains(query.name) {
            let kind = query.kind
            result.append(SOAPArgument(name: query.name, handlerName: query.name, source: .query, required: query.required) { reflector in
                switch kind {
                case .searchCriteria: reflector.describe(SearchCriteria.self)
                case .string: .string
                case .integer: .integer
                case .stringArray: .array(.string)
                }
            })
        }
        for body in endpoint.bodyArguments where !forced.contains(body.name) {
            result.append(SOAPArgument(
                name: SOAPNames.camelCase(body.name), handlerName: body.name, source: .body, required: body.required, describe: body.describe
            ))
        }
        return result
    }
}
