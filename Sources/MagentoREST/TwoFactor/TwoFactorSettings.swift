import CommerceDomain
import Foundation
import MagentoWire

/// The store configuration (default scope) that governs two-factor authentication.
public struct TwoFactorSettings: Sendable, Equatable {
    /// Magpie's switch, standing for Magento_TwoFactorAuth being installed and enabled: off
    /// unless "1", as in most development stores, so admin tokens come from `admin/token`.
    public static let enabledPath = "twofactorauth/magpie/enabled"
    /// Magento's comma-separated codes of the providers every admin user must use.
    public static let forcedProvidersPath = "twofactorauth/general/force_providers"
    /// Seconds either side of now whose code is also accepted; Magento's default is 29.
    public static let leewayPath = "twofactorauth/google/leeway"

    public var enabled: Bool
    public var forcedProviderCodes: [String]
    public var leeway: Int

    public init(enabled: Bool, forcedProviderCodes: [String] = [], leeway: Int = 29) {
        self.enabled = enabled
        self.forcedProviderCodes = forcedProviderCodes
        self.leeway = leeway
    }

    public init(_ stores: StoreDirectory) {
        let value = { (path: String) in stores.configValue(path, storeId: 0) }
        let codes = (value(Self.forcedProvidersPath) ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // otphp refuses a leeway of a whole period or more; Magento's admin allows 1 to 29.
        let leeway = value(Self.leewayPath).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 29
        self.init(enabled: value(Self.enabledPath) == "1", forcedProviderCodes: codes, leeway: min(max(leeway, 0), 29))
    }

    /// Whether `code` is among the forced, enabled providers: the only ones a user may use.
    public func forces(_ code: String) -> Bool {
        forcedProviders.contains { $0.code == code }
    }

    /// The forced providers that are enabled, in the order configured (Magento's `getForcedProviders`).
    public var forcedProviders: [TwoFactorProvider] {
        forcedProviderCodes.compactMap { code in TwoFactorProviders.all.first { $0.code == code && $0.enabled } }
    }
}

/// Magento's four providers, in its pool's order. Only Google is enabled: Duo and Authy are
/// enabled in Magento only once their API keys are configured, and Magpie implements neither
/// them nor U2F keys, so none of the three can be forced (docs/differences.md).
public enum TwoFactorProviders {
    public static let google = TwoFactorProvider(
        enabled: true, code: "google", name: "Google Authenticator", icon: "Magento_TwoFactorAuth::images/providers/google.png",
        resetAllowed: true, configureAction: "tfa/google/configure", authAction: "tfa/google/auth",
        extraActions: ["tfa/google/qr", "tfa/google/configurepost", "tfa/google/authpost"]
    )

    public static let all: [TwoFactorProvider] = [
        google,
        TwoFactorProvider(
            enabled: false, code: "duo_security", name: "Duo Security", icon: "Magento_TwoFactorAuth::images/providers/duo_security.png",
            resetAllowed: false, configureAction: "tfa/duo/configure", authAction: "tfa/duo/auth", extraActions: ["tfa/duo/authpost"]
        ),
        TwoFactorProvider(
            enabled: false, code: "authy", name: "Authy", icon: "Magento_TwoFactorAuth::images/providers/authy.png",
            resetAllowed: true, configureAction: "tfa/authy/configure", authAction: "tfa/authy/auth",
            extraActions: [
                "tfa/authy/configurepost", "tfa/authy/configureverifypost", "tfa/authy/verify", "tfa/authy/authpost",
                "tfa/authy/token", "tfa/authy/onetouch", "tfa/authy/verifyonetouch",
            ]
        ),
        TwoFactorProvider(
            enabled: false, code: "u2fkey", name: "U2F (Yubikey and others)", icon: "Magento_TwoFactorAuth::images/providers/u2fkey.png",
            resetAllowed: true, configureAction: "tfa/u2f/configure", authAction: "tfa/u2f/auth",
            extraActions: ["tfa/u2f/configurepost", "tfa/u2f/authpost"]
        ),
    ]
}
