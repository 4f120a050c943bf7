import CommerceDomain
import HTTPTypes
import MagentoWire

/// `POST /V1/integration/customer/token` (email and password in, a bare JSON string out) and
/// `POST /V1/integration/customer/revoke-customer-token` (the caller's own tokens).
public struct CustomerTokenRoutes: Sendable {
    let tokens: CustomerTokenService

    public init(tokens: CustomerTokenService) {
        self.tokens = tokens
    }

    static let service = "integrationCustomerTokenServiceV1"

    public var endpoints: [Endpoint] {
        [
            Endpoint(
                .post, "/V1/integration/customer/token", access: .anonymous, service: Self.service,
                operation: "createCustomerAccessToken", summary: "Create access token for admin given the customer credentials.",
                body: [.optional("username", String.self), .optional("password", String.self)]
            ) { [tokens] call in
                try await tokens.createToken(
                    username: try call.optionalArgument("username", as: String.self),
                    password: try call.optionalArgument("password", as: String.self),
                    websiteId: CustomerAccountRoutes.websiteId(call)
                )
            },
            Endpoint(
                .post, "/V1/integration/customer/revoke-customer-token", access: .selfCustomer, service: Self.service,
                operation: "revokeCustomerAccessToken", summary: "Revoke token by customer id.", forced: CustomerRoutes.me
            ) { [tokens] call in try await tokens.revokeTokens(customerId: try call.argument("customerId", as: Int.self)) },
        ]
    }
}
