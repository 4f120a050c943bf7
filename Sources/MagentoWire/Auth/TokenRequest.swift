/// The body of `POST /V1/integration/admin/token` and `/customer/token`.
/// Both fields are optional here so the service can report each missing one (Magento's
/// CredentialsValidator lists both when both are empty).
public struct TokenRequest: Codable, Sendable, Equatable {
    public var username: String?
    public var password: String?

    public init(username: String?, password: String?) {
        self.username = username
        self.password = password
    }
}
