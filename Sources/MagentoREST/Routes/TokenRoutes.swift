import CommerceDomain
import HTTPTypes
import MagentoWire

/// `POST /V1/integration/admin/token`: credentials in, a bare JSON string out.
public struct TokenRoutes: Sendable {
    let adminTokens: AdminTokenService

    public init(adminTokens: AdminTokenService) {
        self.adminTokens = adminTokens
    }

    public var endpoints: [Endpoint] {
        [
            Endpoint(
                .post, "/V1/integration/admin/token", access: .anonymous,
                service: "integrationAdminTokenServiceV1", operation: "createAdminAccessToken",
                summary: "Create access token for admin given the admin credentials.",
                body: [.optional("username", String.self), .optional("password", String.self)]
            ) { [adminTokens] call in
                try await adminTokens.createToken(
                    username: try call.optionalArgument("username", as: String.self),
                    password: try call.optionalArgument("password", as: String.self)
                )
            },
        ]
    }
}
