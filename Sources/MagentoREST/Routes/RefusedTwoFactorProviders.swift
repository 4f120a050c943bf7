import CommerceDomain
import HTTPTypes
import MagentoWire

/// The Authy, Duo Security and U2F key routes. Magpie implements none of those providers and
/// never enables them, so every call gets Magento's answer for a provider outside the forced
/// ones, after the same token or password check Magento makes first.
struct RefusedTwoFactorProviders: Sendable {
    let auth: TwoFactorAuth

    var endpoints: [Endpoint] {
        configureRoutes + signInRoutes
    }

    /// Routes that take a tfat.
    var configureRoutes: [Endpoint] {
        let routes: [(String, String, String, String, [BodyArgument])] = [
            ("authy", "/V1/tfa/provider/authy/configure", "twoFactorAuthAuthyConfigureV1", "sendDeviceRegistrationPrompt",
             [.required("deviceData", JSONObject.self)]),
            ("authy", "/V1/tfa/provider/authy/activate", "twoFactorAuthAuthyConfigureV1", "activate", [.required("otp", String.self)]),
            ("duo_security", "/V1/tfa/provider/duo_security/configure", "twoFactorAuthDuoConfigureV1", "getConfigurationData", []),
            ("duo_security", "/V1/tfa/provider/duo_security/activate", "twoFactorAuthDuoConfigureV1", "activate",
             [.required("signatureResponse", String.self)]),
            ("u2fkey", "/V1/tfa/provider/u2fkey/configure", "twoFactorAuthU2fKeyConfigureV1", "getRegistrationData", []),
            ("u2fkey", "/V1/tfa/provider/u2fkey/activate", "twoFactorAuthU2fKeyConfigureV1", "activate",
             [.required("publicKeyCredentialJson", String.self)]),
        ]
        return routes.map { code, path, service, operation, extra in
            Endpoint(.post, path, access: .anonymous, service: service, operation: operation,
                     summary: "Refused: Magpie does not implement this provider", body: [.required("tfaToken", String.self)] + extra,
                     returns: JSONObject.self) { [auth] call in
                try await auth.refuseProvider(code, tfaToken: try call.argument("tfaToken", as: String.self), try TwoFactorRoutes.settings(call))
            }
        }
    }

    /// Routes that take the admin's username and password.
    var signInRoutes: [Endpoint] {
        let routes: [(String, String, String, String, [BodyArgument])] = [
            ("authy", "/V1/tfa/provider/authy/authenticate", "twoFactorAuthAuthyAuthenticateV1", "createAdminAccessTokenWithCredentials",
             [.required("otp", String.self)]),
            ("authy", "/V1/tfa/provider/authy/send-token/:via", "twoFactorAuthAuthyAuthenticateV1", "sendToken", []),
            ("authy", "/V1/tfa/provider/authy/authenticate-onetouch", "twoFactorAuthAuthyAuthenticateV1", "creatAdminAccessTokenWithOneTouch", []),
            ("duo_security", "/V1/tfa/provider/duo_security/get-authentication-data", "twoFactorAuthDuoAuthenticateV1", "getAuthenticateData", []),
            ("duo_security", "/V1/tfa/provider/duo_security/authenticate", "twoFactorAuthDuoAuthenticateV1",
             "createAdminAccessTokenWithCredentials", [.required("signatureResponse", String.self)]),
            ("u2fkey", "/V1/tfa/provider/u2fkey/authentication-challenge", "twoFactorAuthU2fKeyAuthenticateV1", "getAuthenticationData", []),
            ("u2fkey", "/V1/tfa/provider/u2fkey/verify", "twoFactorAuthU2fKeyAuthenticateV1", "createAdminAccessToken",
             [.required("publicKeyCredentialJson", String.self)]),
        ]
        return routes.map { code, path, service, operation, extra in
            Endpoint(.post, path, access: .anonymous, service: service, operation: operation,
                     summary: "Refused: Magpie does not implement this provider", body: TwoFactorRoutes.credentials + extra,
                     returns: JSONObject.self) { [auth] call in
                try await auth.refuseProvider(
                    code, username: try call.optionalArgument("username", as: String.self),
                    password: try call.optionalArgument("password", as: String.self), try TwoFactorRoutes.settings(call)
                )
            }
        }
    }
}
