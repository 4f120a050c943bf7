import CommerceDomain
import HTTPTypes
import MagentoWire

/// Every cart route: the guest, customer (`mine`) and admin families, creating carts, giving a
/// cart to a customer and searching carts.
public struct CheckoutRoutes: Sendable {
    let checkout: CheckoutService
    let customers: any CustomerRepository
    let agreements: (any CheckoutAgreementRepository)?

    public init(checkout: CheckoutService, customers: any CustomerRepository, agreements: (any CheckoutAgreementRepository)? = nil) {
        self.checkout = checkout
        self.customers = customers
        self.agreements = agreements
    }

    static let manage = EndpointAccess.resources(["Magento_Cart::manage"])
    static let me = [ForcedParameter("customerId", from: .customerId)]

    var guest: CartRouteFamily {
        CartRouteFamily(kind: .guest, prefix: "/V1/guest-carts/:cartId", access: .anonymous, forced: [], checkout: checkout, agreements: agreements)
    }

    var mine: CartRouteFamily {
        CartRouteFamily(kind: .mine, prefix: "/V1/carts/mine", access: .selfCustomer, forced: Self.me, checkout: checkout, agreements: agreements)
    }

    var admin: CartRouteFamily {
        CartRouteFamily(kind: .admin, prefix: "/V1/carts/:cartId", access: Self.manage, forced: [], checkout: checkout, agreements: agreements)
    }

    public var endpoints: [Endpoint] {
        creationEndpoints
            + [guest, mine, admin].flatMap { $0.cartEndpoints + $0.checkoutEndpoints + $0.giftMessageEndpoints }
            + [mine.addressIdEstimate(customers: customers), admin.addressIdEstimate(customers: customers)]
            + assignmentEndpoints
    }

    var creationEndpoints: [Endpoint] {
        let checkout = self.checkout
        return [
            Endpoint(.post, "/V1/guest-carts", access: .anonymous, service: "quoteGuestCartManagementV1", operation: "createEmptyCart", summary: "Enable an customer or guest user to create an empty cart and quote for an anonymous customer.") {
                call in try await checkout.quotes.createGuestQuote(storeId: call.store.id)
            },
            Endpoint(.post, "/V1/carts/mine", access: .selfCustomer, service: "quoteCartManagementV1", operation: "createEmptyCartForCustomer", summary: "Creates an empty cart and quote for a specified customer if customer does not have a cart yet.", forced: Self.me) {
                call in try await checkout.customerCart(customerId: try call.argument("customerId", as: Int.self), storeId: call.store.id)
            },
            Endpoint(.post, "/V1/carts/", access: Self.manage, service: "quoteCartManagementV1", operation: "createEmptyCart", summary: "Creates an empty cart and quote for a guest.") {
                call in try await checkout.quotes.createQuote(storeId: call.store.id, customerId: nil).id
            },
            Endpoint(.post, "/V1/customers/:customerId/carts", access: Self.manage, service: "quoteCartManagementV1", operation: "createEmptyCartForCustomer", summary: "Creates an empty cart and quote for a specified customer if customer does not have a cart yet.") {
                [customers] call in
                let customerId = try call.argument("customerId", as: Int.self)
                _ = try await customers.customer(id: customerId)
                return try await checkout.customerCart(customerId: customerId, storeId: call.store.id)
            },
            .search("/V1/carts/search", access: Self.manage, service: "quoteCartRepositoryV1", summary: "Enables administrative users to list carts that match specified search criteria.") {
                criteria, call in try await checkout.searchCarts(criteria) { CheckoutSettings(directory: call.stores, storeId: $0) }
            },
        ]
    }

    var assignmentEndpoints: [Endpoint] {
        let checkout = self.checkout
        return [
            Endpoint(.put, "/V1/guest-carts/:cartId", access: .selfCustomer, service: "quoteGuestCartManagementV1", operation: "assignCustomer", summary: "Assigns a specified customer to a specified shopping cart.", forced: Self.me, body: [.optional("storeId", Int.self)]) {
                call in
                let id = try await checkout.cartId(masked: call.pathParameter("cartId"), guestOnly: false)
                return try await checkout.assignCustomer(
                    id, customerId: try call.argument("customerId", as: Int.self), storeId: try call.optionalArgument("storeId", as: Int.self) ?? call.store.id
                )
            },
            Endpoint(.put, "/V1/carts/:cartId", access: Self.manage, service: "quoteCartManagementV1", operation: "assignCustomer", summary: "Assigns a specified customer to a specified shopping cart.", body: [.required("customerId", Int.self), .optional("storeId", Int.self)]) {
                [customers] call in
                let customerId = try call.argument("customerId", as: Int.self)
                _ = try await customers.customer(id: customerId)
                return try await checkout.assignCustomer(
                    try call.argument("cartId", as: Int.self), customerId: customerId, storeId: try call.optionalArgument("storeId", as: Int.self) ?? call.store.id
                )
            },
        ]
    }
}

extension CartRouteFamily {
    /// `estimate-shipping-methods-by-address-id`: one of the cart customer's saved addresses.
    func addressIdEstimate(customers: any CustomerRepository) -> Endpoint {
        let checkout = self.checkout
        return endpoint(
            .post, "/estimate-shipping-methods-by-address-id", service: service("ShippingMethodManagementV1"), operation: "estimateByAddressId",
            summary: "Estimate shipping by address id.", body: [.required("addressId", Int.self)]
        ) { call, id in
            let addressId = try call.argument("addressId", as: Int.self)
            let owner = try await checkout.quotes.quote(id: id).customerId
            let address = try await customers.address(id: addressId)
            guard owner != nil, address.customerId == owner else { throw CommerceError.noSuchEntity(field: "addressId", value: String(addressId)) }
            return try await checkout.estimateShipping(id, customerAddress: address, settings: call.checkoutSettings)
        }
    }
}
