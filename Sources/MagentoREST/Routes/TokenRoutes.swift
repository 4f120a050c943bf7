import CommerceDomain
import HTTPTypes
import MagentoWire

/// `POST /V1/integration/admin/token`: credentials in, a bare JSON string out; with two-factor
/// authentication on, a refusal naming what to do instead, as Magento_TwoFactorAuth answers.
public struct TokenRoutes: Sendable {
    let adminTokens: AdminTokenService
    let twoFactor: TwoFactorAuth?

    public init(adminTokens: AdminTokenService, twoFactor: TwoFactorAuth? = nil) {
        self.adminTokens = adminTokens
        self.twoFactor = twoFactor
    }

    public var endpoints: [Endpoint] {
        [
            Endpoint(
                .post, "/V1/integration/admin/token", access: .anonymous,
                service: "integrationAdminTokenServiceV1", operation: "createAdminAccessToken",
                summary: "Create access token for admin given the admin credentials.",
                body: [.optional("username", String.self), .optional("password", String.self)]
            ) { [adminTokens, twoFactor] call in
                let username = try call.optionalArgument("username", as: String.self)
                let password = try call.optionalArgument("password", as: String.self)
                let settings = TwoFactorSettings(call.stores)
                if let twoFactor, settings.enabled {
                    try await twoFactor.refuseAdminToken(username: username, password: password, settings)
                }
                return try await adminTokens.createToken(username: username, password: password)
            },
        ]
    }
}
