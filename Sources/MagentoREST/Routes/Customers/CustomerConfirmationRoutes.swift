import CommerceDomain
import HTTPTypes
import MagentoWire

/// Account confirmation and the read-only check. This server never requires email confirmation
/// (Magento's default), so every account is active: the status is "not required", and resending
/// or activating answers Magento's own refusals for an account that needs no confirmation.
public struct CustomerConfirmationRoutes: Sendable {
    let accounts: CustomerAccountService

    public init(accounts: CustomerAccountService) {
        self.accounts = accounts
    }

    static let alreadyActive = CommerceError.invalidState(message: "The account is already active.")

    public var endpoints: [Endpoint] {
        let service = CustomerRoutes.management
        return [
            Endpoint(
                .get, "/V1/customers/:customerId/confirm", access: CustomerRoutes.manage, service: service,
                operation: "getConfirmationStatus", summary: "Gets the account confirmation status."
            ) { [accounts] call in
                _ = try await accounts.customers.customer(id: try call.argument("customerId", as: Int.self))
                return "account_confirmation_not_required"
            },
            Endpoint(
                .post, "/V1/customers/confirm", access: CustomerRoutes.manage, service: service, operation: "resendConfirmation",
                summary: "Resend confirmation email.", body: [.required("email", String.self), .required("websiteId", Int.self), .optional("redirectUrl", String.self)]
            ) { [accounts] call -> Bool in
                _ = try await accounts.customerId(
                    email: try call.argument("email", as: String.self), websiteId: try call.argument("websiteId", as: Int.self)
                )
                throw CommerceError.invalidState(message: "Confirmation isn't needed.")
            },
            Endpoint(
                .put, "/V1/customers/me/activate", access: .selfCustomer, service: service, operation: "activateById",
                summary: "Activate a customer account using a key that was sent in a confirmation email.",
                forced: CustomerRoutes.me, body: [.required("confirmationKey", String.self)]
            ) { [accounts] call -> Customer in
                _ = try await accounts.customers.customer(id: try call.argument("customerId", as: Int.self))
                throw Self.alreadyActive
            },
            Endpoint(
                .put, "/V1/customers/:email/activate", access: CustomerRoutes.manage, service: service, operation: "activate",
                summary: "Activate a customer account using a key that was sent in a confirmation email.",
                body: [.required("confirmationKey", String.self)]
            ) { [accounts] call -> Customer in
                _ = try await accounts.customerId(email: call.pathParameter("email"), websiteId: CustomerAccountRoutes.websiteId(call))
                throw Self.alreadyActive
            },
            Endpoint(
                .get, "/V1/customers/:customerId/permissions/readonly", access: CustomerRoutes.read, service: service,
                operation: "isReadonly", summary: "Check if customer can be deleted."
            ) { [accounts] call in
                _ = try await accounts.customers.customer(id: try call.argument("customerId", as: Int.self))
                return false
            },
        ]
    }
}
