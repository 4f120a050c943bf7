import HTTPTypes
import MagentoREST
import MagpieServer
import Testing

/// The real server on a database of `engine` (rate limits off), with an admin token.
enum SnapshotSession {
    static func run(
        on engine: StorageEngine, _ body: @escaping @Sendable (TestSession, String, MagpieApplication) async throws -> Void
    ) async throws {
        try await TestApp.run(on: engine) { session, app in
            try await body(session, try await session.adminToken(), app.magpie)
        }
    }

    static func run(on engine: StorageEngine, _ body: @escaping @Sendable (TestSession, String) async throws -> Void) async throws {
        try await run(on: engine) { session, token, _ in try await body(session, token) }
    }
}

extension TestSession {
    @discardableResult
    func saveSnapshot(_ name: String, token: String) async throws -> TestReply {
        try await send(.post, "/rest/V1/magpie/snapshots", token: token, body: #"{"name":"\#(name)"}"#)
    }

    @discardableResult
    func restoreSnapshot(_ name: String, token: String) async throws -> TestReply {
        try await send(.post, "/rest/V1/magpie/snapshots/\(name)/restore", token: token)
    }
}
