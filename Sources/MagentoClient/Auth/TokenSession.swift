/// Holds the current admin or customer token; concurrent callers share one login.
actor TokenSession {
    private var token: String?
    private var pending: Task<String, any Error>?

    /// The token, logging in first when there is none.
    func current(login: @escaping @Sendable () async throws -> String) async throws -> String {
        if let token { return token }
        if let pending { return try await pending.value }
        let task = Task { try await login() }
        pending = task
        defer { pending = nil }
        let fresh = try await task.value
        token = fresh
        return fresh
    }

    /// Forgets `stale` (the token a 401 answered), unless another caller already replaced it;
    /// true when this call dropped it (so the next call logs in again).
    @discardableResult
    func invalidate(_ stale: String?) -> Bool {
        guard token == stale, token != nil else { return false }
        token = nil
        return true
    }
}
