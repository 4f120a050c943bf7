/// Who may call an endpoint: Magento's `<resources>` element of a webapi.xml route.
public enum EndpointAccess: Sendable, Equatable {
    /// `anonymous`: everyone, with or without a token.
    case anonymous
    /// `self`: only a customer token (the route acts on that customer's own data).
    case selfCustomer
    /// Admin ACL resources; a caller needs one of them.
    case resources([String])

    /// The names shown in the 401 body and the Swagger document.
    public var resourceNames: [String] {
        switch self {
        case .anonymous: ["anonymous"]
        case .selfCustomer: ["self"]
        case .resources(let names): names
        }
    }
}
