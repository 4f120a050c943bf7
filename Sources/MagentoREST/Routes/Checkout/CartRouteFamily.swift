import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// One of the three cart route families: guest (`/V1/guest-carts/:cartId`, masked id),
/// customer (`/V1/carts/mine`, the token's active cart) and admin (`/V1/carts/:cartId`). They
/// share every operation; only the prefix, who may call and how the cart is found differ.
struct CartRouteFamily: Sendable {
    enum Kind: Sendable {
        case guest, mine, admin
    }

    let kind: Kind
    let prefix: String
    let access: EndpointAccess
    let forced: [ForcedParameter]
    let checkout: CheckoutService
    var agreements: (any CheckoutAgreementRepository)?

    /// Magento refuses to take payment from the storefront until the shopper has ticked every
    /// active manual agreement, when terms and conditions are on.
    func requireAgreements(_ call: EndpointCall, payment: CartPayment) async throws {
        guard let agreements, call.checkoutAgreementsEnabled else { return }
        let active = try await agreements.active(storeId: call.store.id)
        try CheckoutAgreementRules.requireAccepted(CheckoutAgreementRules.acceptedIds(payment), of: active)
    }

    /// The real cart id of the call; `placeholder` names the path parameter that holds it.
    func cartId(_ call: EndpointCall, placeholder: String = "cartId") async throws -> Int {
        switch kind {
        case .guest: try await checkout.cartId(masked: call.pathParameter(placeholder))
        case .mine: try await checkout.activeCartId(customerId: try call.optionalArgument("customerId", as: Int.self))
        case .admin: try call.argument(placeholder, as: Int.self)
        }
    }

    /// Magento's service names: the guest family has its own, `mine` shares the admin ones.
    func service(_ name: String) -> String {
        kind == .guest ? "quoteGuest" + name : "quote" + name
    }

    func checkoutService(_ name: String) -> String {
        kind == .guest ? "checkoutGuest" + name : "checkout" + name
    }

    func endpoint<Output: Encodable & Sendable>(
        _ method: HTTPRequest.Method, _ suffix: String, service: String, operation: String, summary: String, body: [BodyArgument] = [],
        placeholder: String = "cartId", access override: EndpointAccess? = nil,
        handler: @escaping @Sendable (EndpointCall, Int) async throws -> Output
    ) -> Endpoint {
        let path = prefix.replacingOccurrences(of: ":cartId", with: ":" + placeholder) + suffix
        return Endpoint(
            method, path, access: override ?? access, service: service, operation: operation, summary: summary,
            forced: forced, body: body
        ) { [self] call in try await handler(call, try await cartId(call, placeholder: placeholder)) }
        .pathType(placeholder, kind == .guest ? .string : .integer)
    }
}

extension EndpointCall {
    /// The checkout configuration of the call's store view.
    var checkoutSettings: CheckoutSettings {
        CheckoutSettings(directory: stores, storeId: store.id)
    }
}
