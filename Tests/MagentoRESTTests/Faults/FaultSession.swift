import HTTPTypes
import MagentoWire
import Testing

/// Helpers for driving the fault admin routes from a test session.
extension TestSession {
    /// Replaces the rules through `PUT /V1/magpie/faults`, expecting it to succeed.
    @discardableResult
    func setFaults(_ faults: String, token: String) async throws -> TestReply {
        let reply = try await send(.put, "/rest/V1/magpie/faults", token: token, body: #"{"faults":\#(faults)}"#)
        #expect(reply.status == .ok, "PUT faults: \(reply.text)")
        return reply
    }

    /// The status codes of `count` requests in a row.
    func statuses(_ count: Int, _ method: HTTPRequest.Method = .get, _ uri: String, token: String? = nil) async throws -> [Int] {
        var codes: [Int] = []
        for _ in 0..<count { codes.append(try await send(method, uri, token: token).status.code) }
        return codes
    }
}

extension TestReply {
    func header(_ name: String) -> String? {
        headers[HTTPField.Name(name)!]
    }
}
