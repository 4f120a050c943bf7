import Foundation

/// Sends one webhook request and reports the receiver's status code.
public protocol WebhookTransport: Sendable {
    func post(url: String, headers: [(String, String)], body: [UInt8], timeout: TimeInterval) async throws -> Int
}
