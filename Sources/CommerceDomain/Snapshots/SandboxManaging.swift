/// The sandboxes a server holds (`X-Magpie-Sandbox`), as `/V1/magpie/sandboxes` lists and
/// deletes them.
public protocol SandboxManaging: Sendable {
    func list() async -> [SandboxInfo]
    /// Stops the sandbox's queue and deletes its database; throws `SandboxError.notFound`.
    func delete(_ name: String) async throws
}
