import CommerceDomain

/// The ACL gate, checked before any input is read (Magento's RequestValidator).
enum AccessControl {
    static func check(_ access: EndpointAccess, identity: CallerIdentity) throws {
        switch (access, identity) {
        case (.anonymous, _):
            return
        case (.selfCustomer, .customer):
            return
        case (.resources, .admin):
            // Admin users hold Magento_Backend::all; per-role ACL arrives with integrations.
            return
        default:
            throw MagentoHTTPError.unauthorized(access.resourceNames)
        }
    }

    /// Whether a caller would pass; used to filter the Swagger document.
    static func allows(_ access: EndpointAccess, identity: CallerIdentity) -> Bool {
        (try? check(access, identity: identity)) != nil
    }
}
