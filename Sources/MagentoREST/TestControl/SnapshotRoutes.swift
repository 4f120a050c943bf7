import CommerceDomain
import HTTPTypes
import MagentoWire

/// `/V1/magpie/snapshots`: save, list, restore and delete named copies of the whole store, so a
/// connector's test suite can start every test from the same state.
public struct SnapshotRoutes: Sendable {
    let snapshots: any SnapshotManaging

    public init(snapshots: any SnapshotManaging) {
        self.snapshots = snapshots
    }

    static let access = EndpointAccess.resources(["Magpie_Snapshots::manage"])
    static let service = "magpieSnapshotsV1"
    /// Requests on these paths run outside the state gate: a restore waits for every request
    /// inside it, so it must not be one of them.
    public static let pathPrefix = "/V1/magpie/snapshots"

    public var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/magpie/snapshots", access: Self.access, service: Self.service, operation: "getList",
                     summary: "The saved snapshots, by name.") { [snapshots] _ in
                try await Self.mapped { try await snapshots.list() }
            },
            Endpoint(.post, "/V1/magpie/snapshots", access: Self.access, service: Self.service, operation: "save",
                     summary: "Save the whole store under `name`, replacing a snapshot of that name.",
                     body: [.required("name", String.self)]) { [snapshots] call in
                let name: String = try call.argument("name")
                return try await Self.mapped { try await snapshots.save(name) }
            },
            Endpoint(.post, "/V1/magpie/snapshots/:name/restore", access: Self.access, service: Self.service, operation: "restore",
                     summary: "Put the whole store back as the snapshot saved it; caches and queued work of the old state are dropped.") { [snapshots] call in
                try await Self.mapped { try await snapshots.restore(call.pathParameter("name")) }
                return true
            }
            // A queued restore would wait for the very batch that runs it (the state gate).
            .synchronousOnly(),
            Endpoint(.delete, "/V1/magpie/snapshots/:name", access: Self.access, service: Self.service, operation: "delete",
                     summary: "Delete a snapshot.") { [snapshots] call in
                try await Self.mapped { try await snapshots.delete(call.pathParameter("name")) }
                return true
            },
        ]
    }

    /// Snapshot errors as Magento's 400 and 404 bodies.
    static func mapped<T: Sendable>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch let error as SnapshotError {
            throw httpError(error)
        }
    }

    public static func httpError(_ error: SnapshotError) -> MagentoHTTPError {
        switch error {
        case .invalidName(let name):
            MagentoHTTPError(.badRequest, "Invalid snapshot name \"%1\": use 1 to 40 letters, digits, \"_\" or \"-\".", parameters: .positional([name]))
        case .notFound(let name):
            MagentoHTTPError(.notFound, "No snapshot is named \"%1\".", parameters: .positional([name]))
        case .schemaMismatch(let name):
            MagentoHTTPError(.badRequest, "Snapshot \"%1\" was saved by another schema version; save it again.", parameters: .positional([name]))
        case .needsSQLite:
            MagentoHTTPError(.badRequest, "Sandboxes need a SQLite database; this server runs on PostgreSQL.")
        }
    }
}
