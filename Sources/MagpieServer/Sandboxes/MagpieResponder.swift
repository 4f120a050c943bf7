import CommerceDomain
import Foundation
import HTTPTypes
import Hummingbird
import MagentoREST
import MagpieConsole

/// What `magpie serve` answers with: the main store's responder, or a sandbox's when the request
/// names one (`X-Magpie-Sandbox: <name>`, or a `/sandbox/<name>` prefix on the URL).
public struct MagpieResponder: HTTPResponder {
    public typealias Context = MagpieRequestContext

    let main: MagentoResponder
    let sandboxes: SandboxRegistry?
    let console: ConsoleResponder?

    /// Names the snapshot a new sandbox starts from; without it, a copy of the main store.
    static let snapshotHeader = HTTPField.Name("X-Magpie-Sandbox-Snapshot")!

    public func respond(to request: Request, context: Context) async throws -> Response {
        if let console, console.claims(path: request.uri.path) {
            return try await console.respond(to: request, context: context)
        }
        guard let sandboxes, let selection = SandboxSelection(request) else {
            return try await main.respond(to: request, context: context)
        }
        let app: MagpieApplication
        do {
            app = try await sandboxes.application(named: selection.name, from: request.headers[Self.snapshotHeader])
        } catch let error as SandboxError {
            return MagentoResponder.errorResponse(SandboxRoutes.httpError(error), requestId: UUID().uuidString)
        } catch let error as SnapshotError {
            return MagentoResponder.errorResponse(SnapshotRoutes.httpError(error), requestId: UUID().uuidString)
        }
        return try await app.responder.respond(to: selection.request, context: context)
    }
}

/// Which sandbox a request names, and the request as the sandbox serves it (without the prefix).
struct SandboxSelection {
    static let header = HTTPField.Name("X-Magpie-Sandbox")!

    let name: String
    let request: Request

    init?(_ request: Request) {
        if let name = request.headers[Self.header] {
            self.name = name
            self.request = request
            return
        }
        let path = request.head.path ?? ""
        guard path.hasPrefix("/sandbox/") else { return nil }
        let rest = path.dropFirst("/sandbox/".count)
        let end = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        name = String(rest[..<end])
        var head = request.head
        let remainder = String(rest[end...])
        head.path = remainder.hasPrefix("/") ? remainder : "/" + remainder
        self.request = Request(head: head, body: request.body)
    }
}
