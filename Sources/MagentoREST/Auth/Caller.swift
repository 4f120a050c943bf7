import CommerceDomain

/// The authenticated caller: the identity, and for integrations the record holding its resources.
public struct Caller: Sendable {
    public var identity: CallerIdentity
    public var integration: Integration?

    public static let guest = Caller(identity: .guest, integration: nil)
}
