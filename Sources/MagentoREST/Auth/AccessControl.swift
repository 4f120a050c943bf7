import CommerceDomain

/// The ACL gate, checked before any input is read (Magento's RequestValidator).
enum AccessControl {
    static func check(_ access: EndpointAccess, caller: Caller) throws {
        switch (access, caller.identity) {
        case (.anonymous, _):
            return
        case (.selfCustomer, .customer):
            return
        case (.resources, .admin):
            // Admin users hold Magento_Backend::all.
            return
        case (.resources(let required), .integration) where caller.integration?.grants(any: required) == true:
            return
        default:
            throw MagentoHTTPError.unauthorized(access.resourceNames)
        }
    }

    /// Whether a caller would pass; used to filter the Swagger document.
    static func allows(_ access: EndpointAccess, caller: Caller) -> Bool {
        (try? check(access, caller: caller)) != nil
    }
}
