import CommerceDomain
import HTTPTypes
import MagentoWire

/// Addresses: by id, deletion, and a customer's default billing and shipping address.
public struct CustomerAddressRoutes: Sendable {
    let customers: any CustomerRepository

    public init(customers: any CustomerRepository) {
        self.customers = customers
    }

    static let repository = "customerAddressRepositoryV1"

    public var endpoints: [Endpoint] {
        [
            Endpoint(
                .get, "/V1/customers/addresses/:addressId", access: CustomerRoutes.manage, service: Self.repository,
                operation: "getById", summary: "Retrieve customer address."
            ) { [customers] call in try await customers.address(id: try call.argument("addressId", as: Int.self)) },
            Endpoint(
                .delete, "/V1/addresses/:addressId", access: CustomerRoutes.manage, service: Self.repository,
                operation: "deleteById", summary: "Delete customer address by ID."
            ) { [customers] call in
                try await customers.deleteAddress(id: try call.argument("addressId", as: Int.self))
                return true
            },
            defaultAddress("billing", access: CustomerRoutes.manage, path: "/V1/customers/:customerId/billingAddress"),
            defaultAddress("billing", access: .selfCustomer, path: "/V1/customers/me/billingAddress"),
            defaultAddress("shipping", access: CustomerRoutes.manage, path: "/V1/customers/:customerId/shippingAddress"),
            defaultAddress("shipping", access: .selfCustomer, path: "/V1/customers/me/shippingAddress"),
        ]
    }

    /// The default address, or JSON `null` when the customer has none (Magento returns null too).
    private func defaultAddress(_ kind: String, access: EndpointAccess, path: String) -> Endpoint {
        Endpoint(
            .get, path, access: access, service: CustomerRoutes.management,
            operation: kind == "billing" ? "getDefaultBillingAddress" : "getDefaultShippingAddress",
            summary: "Retrieve default \(kind) address for the given customerId.",
            forced: access == .selfCustomer ? CustomerRoutes.me : []
        ) { [customers] call -> CustomerAddress? in
            let customer = try await customers.customer(id: try call.argument("customerId", as: Int.self))
            let id = kind == "billing" ? customer.defaultBilling : customer.defaultShipping
            return customer.addresses?.first { $0.id.map(String.init) == id }
        }
    }
}
