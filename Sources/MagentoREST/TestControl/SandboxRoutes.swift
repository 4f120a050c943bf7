import CommerceDomain
import HTTPTypes
import MagentoWire

/// `/V1/magpie/sandboxes`: list and delete the isolated stores parallel test workers get with
/// `X-Magpie-Sandbox` (or a `/sandbox/<name>` URL prefix).
public struct SandboxRoutes: Sendable {
    let sandboxes: any SandboxManaging

    public init(sandboxes: any SandboxManaging) {
        self.sandboxes = sandboxes
    }

    static let access = EndpointAccess.resources(["Magpie_Sandboxes::manage"])
    static let service = "magpieSandboxesV1"

    public var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/magpie/sandboxes", access: Self.access, service: Self.service, operation: "getList",
                     summary: "The sandboxes this server holds, with the snapshot each started from.") { [sandboxes] _ in
                await sandboxes.list()
            },
            Endpoint(.delete, "/V1/magpie/sandboxes/:name", access: Self.access, service: Self.service, operation: "delete",
                     summary: "Stop a sandbox's queue and delete its database.") { [sandboxes] call in
                try await Self.mapped { try await sandboxes.delete(call.pathParameter("name")) }
                return true
            },
        ]
    }

    /// Sandbox errors as Magento's 400 and 404 bodies.
    public static func mapped<T: Sendable>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch let error as SandboxError {
            throw httpError(error)
        }
    }

    public static func httpError(_ error: SandboxError) -> MagentoHTTPError {
        switch error {
        case .invalidName(let name):
            MagentoHTTPError(.badRequest, "Invalid sandbox name \"%1\": use 1 to 40 letters, digits, \"_\" or \"-\".", parameters: .positional([name]))
        case .notFound(let name):
            MagentoHTTPError(.notFound, "No sandbox is named \"%1\".", parameters: .positional([name]))
        case .limitReached(let limit):
            MagentoHTTPError(.badRequest, "This server holds %1 sandboxes already, its limit: delete one or let an idle one expire.", parameters: .positional([String(limit)]))
        }
    }
}
