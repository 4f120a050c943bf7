import CommerceDomain
import HTTPTypes
import MagentoWire

/// `/V1/customers…`: account creation, the repository (get, search, save, delete) and `me`.
public struct CustomerRoutes: Sendable {
    let accounts: CustomerAccountService

    public init(accounts: CustomerAccountService) {
        self.accounts = accounts
    }

    static let read = EndpointAccess.resources(["Magento_Customer::customer"])
    static let manage = EndpointAccess.resources(["Magento_Customer::manage"])
    static let repository = "customerCustomerRepositoryV1"
    static let management = "customerAccountManagementV1"
    static let me = [ForcedParameter("customerId", from: .customerId)]

    public var endpoints: [Endpoint] {
        let customers = accounts.customers
        return [
            Endpoint(
                .post, "/V1/customers", access: .anonymous, service: Self.management, operation: "createAccount",
                summary: "Create customer account. Perform necessary business operations like sending email.",
                body: [.required("customer", Customer.self), .optional("password", String.self), .optional("redirectUrl", String.self)]
            ) { [accounts] call in
                var customer = try call.argument("customer", as: Customer.self)
                Self.applyStoreDefaults(&customer, call: call)
                if !Self.isAdministrator(call.identity) {
                    // Only the back office chooses a group; a shopper registering gets the default one.
                    customer.groupId = nil
                }
                return try await accounts.createAccount(customer, password: try call.optionalArgument("password", as: String.self))
            },
            .search(
                "/V1/customers/search", access: Self.read, service: Self.repository,
                summary: "Retrieve customers which match a specified criteria."
            ) { criteria, _ in try await customers.searchCustomers(criteria) },
            Endpoint(
                .get, "/V1/customers/me", access: .selfCustomer, service: Self.repository, operation: "getById",
                summary: "Get customer by Customer ID.", forced: Self.me
            ) { call in try await customers.customer(id: try call.argument("customerId", as: Int.self)) },
            Endpoint(
                .put, "/V1/customers/me", access: .selfCustomer, service: Self.repository, operation: "save",
                summary: "Create or update a customer.", forced: [ForcedParameter("customer.id", from: .customerId)],
                body: [.required("customer", Customer.self), .optional("passwordHash", String.self)]
            ) { call in
                var customer = try call.argument("customer", as: Customer.self)
                // A shopper may not move themselves into another group.
                customer.groupId = nil
                return try await customers.updateCustomer(customer)
            },
            Endpoint(
                .get, "/V1/customers/:customerId", access: Self.read, service: Self.repository, operation: "getById",
                summary: "Get customer by Customer ID."
            ) { call in try await customers.customer(id: try call.argument("customerId", as: Int.self)) },
            Endpoint(
                .put, "/V1/customers/:customerId", access: Self.manage, service: Self.repository, operation: "save",
                summary: "Create or update a customer.", body: [.required("customer", Customer.self), .optional("passwordHash", String.self)]
            ) { call in
                var customer = try call.argument("customer", as: Customer.self)
                customer.id = try call.argument("customerId", as: Int.self)   // the URL's id wins
                return try await customers.updateCustomer(customer)
            },
            Endpoint(
                .delete, "/V1/customers/:customerId", access: Self.manage, service: Self.repository, operation: "deleteById",
                summary: "Delete customer by Customer ID."
            ) { call in
                try await customers.deleteCustomer(id: try call.argument("customerId", as: Int.self))
                return true
            },
        ]
    }

    /// New accounts belong to the store view of the URL (the default view for `/rest/all/`).
    static func applyStoreDefaults(_ customer: inout Customer, call: EndpointCall) {
        let view = call.store.id == 0 ? call.stores.defaultView : call.store
        customer.websiteId = customer.websiteId ?? view.websiteId
        customer.storeId = customer.storeId ?? view.id
        customer.createdIn = call.stores.views.first { $0.id == customer.storeId }?.name ?? view.name
    }

    static func isAdministrator(_ identity: CallerIdentity) -> Bool {
        switch identity {
        case .admin, .integration: true
        case .customer, .guest: false
        }
    }
}
