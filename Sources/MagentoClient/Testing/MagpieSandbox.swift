import MagentoWire

/// One test worker's store on a Magpie server: a client whose every call goes to the worker's
/// sandbox (`/sandbox/<name>`), and the controls a connector's tests use between and inside
/// tests: restore a snapshot, move the clock, set fault rules. Framework-neutral: call
/// ``reset(to:)`` from a Swift Testing suite's `init` or XCTest's `setUp` (docs/testing-connectors.md).
public struct MagpieSandbox: Sendable {
    public let name: String
    /// Signed in as the sandbox's admin; tokens are the sandbox's own.
    public let client: MagentoClient

    /// `server` is the Magpie base URL (`http://127.0.0.1:8080`); the sandbox is created, as a
    /// copy of the main store, by its first request.
    public init(
        server: String, name: String, username: String = "admin", password: String,
        transport: any MagentoTransport = AsyncHTTPTransport()
    ) {
        self.name = name
        let base = server.hasSuffix("/") ? String(server.dropLast()) : server
        client = MagentoClient(
            MagentoClientConfiguration(baseURL: base + "/sandbox/" + name, credentials: .admin(username: username, password: password)),
            transport: transport
        )
    }

    /// Puts the sandbox back as snapshot `snapshot` saved it: every table, and no queued work.
    public func reset(to snapshot: String) async throws {
        _ = try await client.send(Self.request(.post, ["magpie", "snapshots", snapshot, "restore"], as: Bool.self))
    }

    /// Saves the sandbox as it is now under `snapshot` (snapshots are shared by the server's sandboxes).
    public func saveSnapshot(_ snapshot: String) async throws {
        _ = try await client.send(try Self.request(.post, ["magpie", "snapshots"], object: [("name", snapshot)]))
    }

    /// Stops the sandbox's clock at `time` (`YYYY-MM-DD HH:MM:SS` UTC), or where it stands.
    @discardableResult
    public func freezeClock(at time: String? = nil) async throws -> JSONValue {
        var members: [(String, any Encodable)] = [("action", "freeze")]
        if let time { members.append(("time", time)) }
        return try await client.send(try Self.request(.put, ["magpie", "clock"], object: members))
    }

    /// Moves the sandbox's clock by `seconds`, frozen or running.
    @discardableResult
    public func advanceClock(by seconds: Double) async throws -> JSONValue {
        try await client.send(try Self.request(.put, ["magpie", "clock"], object: [("action", "advance"), ("seconds", seconds)]))
    }

    /// Back to real time.
    @discardableResult
    public func realClock() async throws -> JSONValue {
        try await client.send(try Self.request(.put, ["magpie", "clock"], object: [("action", "real")]))
    }

    /// Replaces the sandbox's fault rules (`faults` as in docs/fault-injection.md); empty rules clear them.
    public func setFaults(_ faults: JSONValue) async throws {
        _ = try await client.send(try Self.request(.put, ["magpie", "faults"], object: [("faults", faults)]))
    }

    static func request<T: Decodable & Sendable>(_ method: HTTPMethod, _ segments: [String], as type: T.Type) -> MagentoRequest<T> {
        var request = MagentoRequest<T>(method, segments)
        request.storeCode = .some(nil)
        return request
    }

    static func request(_ method: HTTPMethod, _ segments: [String], object: [(String, any Encodable)]) throws -> MagentoRequest<JSONValue> {
        var request = try MagentoRequest<JSONValue>(method, segments, object: object)
        request.storeCode = .some(nil)
        return request
    }
}
