import CommerceDomain
import CommerceStorage
import MagentoREST

extension EndpointCatalog {
    /// Customers, addresses, groups and customer tokens. The account and token services share the
    /// admin token service's hasher, throttle, issuer and policy.
    static func customerEndpoints(adminTokens: AdminTokenService, storage: Storage) -> [Endpoint] {
        let accounts = CustomerAccountService(sharingWith: adminTokens, customers: storage.customers)
        return CustomerRoutes(accounts: accounts).endpoints
            + CustomerAddressRoutes(customers: storage.customers).endpoints
            + CustomerAccountRoutes(accounts: accounts).endpoints
            + CustomerConfirmationRoutes(accounts: accounts).endpoints
            + CustomerGroupRoutes(groups: storage.customerGroups).endpoints
            + CustomerMetadataRoutes(groups: storage.customerGroups).endpoints
            + CustomerTokenRoutes(tokens: CustomerTokenService(sharingWith: adminTokens, customers: storage.customers)).endpoints
    }
}
