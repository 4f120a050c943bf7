import CommerceDomain
import HTTPTypes
import MagentoWire

/// AccountManagement routes: email availability, validation, password change and reset.
public struct CustomerAccountRoutes: Sendable {
    let accounts: CustomerAccountService

    public init(accounts: CustomerAccountService) {
        self.accounts = accounts
    }

    public var endpoints: [Endpoint] {
        let service = CustomerRoutes.management
        return [
            Endpoint(
                .post, "/V1/customers/isEmailAvailable", access: .anonymous, service: service, operation: "isEmailAvailable",
                summary: "Check if given email is associated with a customer account in given website.",
                body: [.required("customerEmail", String.self), .optional("websiteId", Int.self)]
            ) { [accounts] call in
                let email = try call.argument("customerEmail", as: String.self)
                let websiteId = try call.optionalArgument("websiteId", as: Int.self) ?? Self.websiteId(call)
                return try await accounts.customers.customerId(email: email, websiteId: websiteId) == nil
            },
            Endpoint(
                .put, "/V1/customers/validate", access: CustomerRoutes.manage, service: service, operation: "validate",
                summary: "Validate customer data.", body: [.required("customer", Customer.self)]
            ) { call in
                let problems = CustomerRules.accountProblems(try call.argument("customer", as: Customer.self))
                return CustomerValidationResults(valid: problems.isEmpty, messages: problems)
            },
            Endpoint(
                .put, "/V1/customers/me/password", access: .selfCustomer, service: service, operation: "changePasswordById",
                summary: "Change customer password.", forced: CustomerRoutes.me, body: [.required("currentPassword", String.self), .required("newPassword", String.self)]
            ) { [accounts] call in
                try await accounts.changePassword(
                    customerId: try call.argument("customerId", as: Int.self),
                    current: try call.argument("currentPassword", as: String.self),
                    new: try call.argument("newPassword", as: String.self)
                )
            },
            Endpoint(
                .put, "/V1/customers/password", access: .anonymous, service: service, operation: "initiatePasswordReset",
                summary: "Send an email to the customer with a password reset link.", body: [.required("email", String.self), .required("template", String.self), .optional("websiteId", Int.self)]
            ) { [accounts] call in
                try await accounts.initiatePasswordReset(
                    email: try call.argument("email", as: String.self), template: try call.argument("template", as: String.self),
                    websiteId: try call.optionalArgument("websiteId", as: Int.self) ?? Self.websiteId(call)
                )
            },
            Endpoint(
                .post, "/V1/customers/resetPassword", access: .anonymous, service: service, operation: "resetPassword",
                summary: "Reset customer password.", body: [.required("email", String.self), .required("resetToken", String.self), .required("newPassword", String.self)]
            ) { [accounts] call in
                try await accounts.resetPassword(
                    email: try call.argument("email", as: String.self), token: try call.argument("resetToken", as: String.self),
                    newPassword: try call.argument("newPassword", as: String.self), websiteId: Self.websiteId(call)
                )
            },
            Endpoint(
                .get, "/V1/customers/:customerId/password/resetLinkToken/:resetPasswordLinkToken", access: .anonymous,
                service: service, operation: "validateResetPasswordLinkToken",
                summary: "Check if password reset token is valid."
            ) { [accounts] call in
                try await accounts.validateResetToken(
                    customerId: try call.argument("customerId", as: Int.self), token: call.pathParameter("resetPasswordLinkToken")
                )
            },
        ]
    }

    /// The website of the URL's store view (the default view's for `/rest/all/`).
    static func websiteId(_ call: EndpointCall) -> Int {
        (call.store.id == 0 ? call.stores.defaultView : call.store).websiteId
    }
}
