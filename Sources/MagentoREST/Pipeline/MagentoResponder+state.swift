import CommerceDomain
import Hummingbird

/// The seam snapshot restores use: each request runs inside the state gate, so a restore waits
/// for the requests running and holds new ones until the store's state is replaced whole.
extension MagentoResponder {
    /// Runs `work` holding the gate shared; the snapshot routes run outside it (a restore waits
    /// for every request inside it).
    func holdingState<T>(_ request: Request, _ work: () async -> T) async -> T {
        guard let gate, !request.uri.path.contains(SnapshotRoutes.pathPrefix) else { return await work() }
        return await gate.shared(work)
    }

    /// Magento's error body for `error`, for a layer in front of the responder (sandbox selection).
    public static func errorResponse(_ error: MagentoHTTPError, requestId: String) -> Response {
        ResponseWriter.response(ResponseWriter.errorReply(error), requestId: requestId)
    }

    /// Forgets answers kept from the database's state, after a snapshot restore.
    public func dropCaches() {
        for protocolAdapter in mounted { protocolAdapter.dropCaches() }
    }
}
