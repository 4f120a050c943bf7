import Hummingbird

/// A second wire protocol answered through the REST responder's pipeline, so request ids,
/// authentication, rate limits, the audit log, metrics and fault injection run once per request
/// whatever the protocol, instead of being copied into each adapter.
public protocol MountedProtocol: Sendable {
    /// True for the paths this protocol answers (`/graphql`).
    func claims(path: String) -> Bool

    /// The answer, errors included; `route` names the operation for metrics.
    func reply(to request: Request, caller: Caller, requestId: String, context: MagpieRequestContext) async -> JSONReply

    /// Forgets answers kept from the database's state (after a snapshot restore).
    func dropCaches()
}

extension MountedProtocol {
    public func dropCaches() {}
}
