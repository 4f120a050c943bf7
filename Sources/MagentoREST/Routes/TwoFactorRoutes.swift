import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// Magento_TwoFactorAuth's `/V1/tfa` routes. While `twofactorauth/magpie/enabled` is off they
/// answer as a store without the module does: no such route.
public struct TwoFactorRoutes: Sendable {
    let auth: TwoFactorAuth

    public init(auth: TwoFactorAuth) {
        self.auth = auth
    }

    static let manage = EndpointAccess.resources(["Magento_TwoFactorAuth::tfa"])
    static let credentials: [BodyArgument] = [.optional("username", String.self), .optional("password", String.self)]

    public var endpoints: [Endpoint] {
        managementEndpoints + googleEndpoints + RefusedTwoFactorProviders(auth: auth).endpoints
    }

    var managementEndpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/tfa/installed-providers", access: Self.manage, service: "twoFactorAuthTfaV1", operation: "getAllProviders",
                     summary: "Get a list of providers") { call in
                _ = try Self.settings(call)
                return TwoFactorProviders.all
            },
            Endpoint(.get, "/V1/tfa/forced-providers", access: Self.manage, service: "twoFactorAuthTfaV1", operation: "getForcedProviders",
                     summary: "Retrieve forced providers list") { call in
                try Self.settings(call).forcedProviders
            },
            Endpoint(.get, "/V1/tfa/user-providers/:userId", access: Self.manage, service: "twoFactorAuthTfaV1", operation: "getUserProviders",
                     summary: "Get a user provider") { call in
                // Magento's user providers are the forced ones, whoever the user.
                _ = try call.argument("userId", as: Int.self)
                return try Self.settings(call).forcedProviders
            },
            Endpoint(.put, "/V1/tfa/user-providers/:userId", access: Self.manage, service: "twoFactorAuthTfaV1", operation: "setProvidersCodes",
                     summary: "Set providers", body: [.required("providersCodes", String.self)]) { [auth] call in
                try await auth.setProviders(
                    userId: try call.argument("userId", as: Int.self), codes: try call.argument("providersCodes", as: String.self),
                    try Self.settings(call)
                )
                return true
            },
            Endpoint(.get, "/V1/tfa/providers-to-activate/:userId", access: Self.manage, service: "twoFactorAuthTfaV1",
                     operation: "getProvidersToActivate", summary: "Returns a list of providers to configure/enroll") { [auth] call in
                try await auth.providersToActivate(userId: try call.argument("userId", as: Int.self), try Self.settings(call))
            },
            Endpoint(.get, "/V1/tfa/default-provider-code/:userId", access: Self.manage, service: "twoFactorAuthUserConfigManagerV1",
                     operation: "getDefaultProvider", summary: "Get default provider") { [auth] call in
                _ = try Self.settings(call)
                return try await auth.defaultProvider(userId: try call.argument("userId", as: Int.self))
            },
            Endpoint(.put, "/V1/tfa/default-provider-code/:userId", access: Self.manage, service: "twoFactorAuthTfaV1",
                     operation: "setDefaultProviderCode", summary: "Set default provider code",
                     body: [.required("providerCode", String.self)]) { [auth] call in
                try await auth.setDefaultProvider(
                    userId: try call.argument("userId", as: Int.self), code: try call.argument("providerCode", as: String.self),
                    try Self.settings(call)
                )
                return true
            },
            Endpoint(.get, "/V1/tfa/tfat-user-providers", access: .anonymous, service: "twoFactorAuthTfatActionsV1",
                     operation: "getUserProviders", summary: "Get the providers that the user is able to use for 2fa",
                     query: [QueryArgument("tfaToken", .string, required: true)]) { [auth] call in
                let settings = try Self.settings(call)
                _ = try auth.tfatUser(try call.argument("tfaToken", as: String.self))
                return settings.forcedProviders
            },
            Endpoint(.get, "/V1/tfa/tfat-providers-to-activate", access: .anonymous, service: "twoFactorAuthTfatActionsV1",
                     operation: "getProvidersToActivate", summary: "Get the providers that the user still needs to configure",
                     query: [QueryArgument("tfaToken", .string, required: true)]) { [auth] call in
                let settings = try Self.settings(call)
                let userId = try auth.tfatUser(try call.argument("tfaToken", as: String.self))
                return try await auth.providersToActivate(userId: userId, settings)
            },
        ]
    }

    var googleEndpoints: [Endpoint] {
        [
            Endpoint(.post, "/V1/tfa/provider/google/configure", access: .anonymous, service: "twoFactorAuthGoogleConfigureV1",
                     operation: "getConfigurationData", summary: "Get the information required to configure google",
                     body: [.required("tfaToken", String.self)]) { [auth] call in
                try await auth.googleConfiguration(
                    tfaToken: try call.argument("tfaToken", as: String.self),
                    issuer: URLComponents(string: call.baseURL)?.host ?? "", try Self.settings(call)
                )
            },
            Endpoint(.post, "/V1/tfa/provider/google/activate", access: .anonymous, service: "twoFactorAuthGoogleConfigureV1",
                     operation: "activate", summary: "Activate the provider and get an admin token",
                     body: [.required("tfaToken", String.self), .required("otp", String.self)]) { [auth] call in
                try await auth.activateGoogle(
                    tfaToken: try call.argument("tfaToken", as: String.self), otp: try call.argument("otp", as: String.self),
                    try Self.settings(call)
                )
                return VoidResult()
            },
            Endpoint(.post, "/V1/tfa/provider/google/authenticate", access: .anonymous, service: "twoFactorAuthGoogleAuthenticateV1",
                     operation: "createAdminAccessToken", summary: "Get an admin token by authenticating using google",
                     body: Self.credentials + [.required("otp", String.self)]) { [auth] call in
                try await auth.authenticateGoogle(
                    username: try call.optionalArgument("username", as: String.self),
                    password: try call.optionalArgument("password", as: String.self),
                    otp: try call.argument("otp", as: String.self), try Self.settings(call)
                )
            },
        ]
    }

    /// The settings, or Magento's answer for a route that does not exist while the module is off.
    static func settings(_ call: EndpointCall) throws -> TwoFactorSettings {
        let settings = TwoFactorSettings(call.stores)
        guard settings.enabled else { throw MagentoHTTPError.noRoute }
        return settings
    }
}
