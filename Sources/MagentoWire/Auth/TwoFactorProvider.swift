/// `two-factor-auth-provider-interface`: one two-factor provider as Magento's `/V1/tfa` routes
/// list it (the getters of its ProviderInterface that take no argument).
public struct TwoFactorProvider: Codable, Sendable, Equatable {
    public var enabled: Bool
    public var engine: TwoFactorEngine
    public var code: String
    public var name: String
    public var icon: String
    public var resetAllowed: Bool
    public var configureAction: String
    public var authAction: String
    public var extraActions: [String]

    public init(
        enabled: Bool, code: String, name: String, icon: String, resetAllowed: Bool,
        configureAction: String, authAction: String, extraActions: [String]
    ) {
        self.enabled = enabled
        self.engine = TwoFactorEngine(enabled: enabled)
        self.code = code
        self.name = name
        self.icon = icon
        self.resetAllowed = resetAllowed
        self.configureAction = configureAction
        self.authAction = authAction
        self.extraActions = extraActions
    }

    enum CodingKeys: String, CodingKey {
        case enabled, engine, code, name, icon
        case resetAllowed = "reset_allowed"
        case configureAction = "configure_action"
        case authAction = "auth_action"
        case extraActions = "extra_actions"
    }
}

/// `two-factor-auth-engine-interface`: all Magento shows of a provider's engine.
public struct TwoFactorEngine: Codable, Sendable, Equatable {
    public var enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }
}

/// `two-factor-auth-data-google-configure-interface`: what an authenticator app needs: the
/// base64 of a PNG of the QR code of the `otpauth://` URI, and the secret to type instead.
public struct GoogleConfiguration: Codable, Sendable, Equatable {
    public var qrCodeBase64: String
    public var secretCode: String

    public init(qrCodeBase64: String, secretCode: String) {
        self.qrCodeBase64 = qrCodeBase64
        self.secretCode = secretCode
    }

    enum CodingKeys: String, CodingKey {
        case qrCodeBase64 = "qr_code_base64"
        case secretCode = "secret_code"
    }
}
