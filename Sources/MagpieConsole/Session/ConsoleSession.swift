import CommerceDomain
import Crypto
import Foundation

/// A signed-in admin, as carried in the session cookie.
struct ConsoleSession: Codable, Sendable, Equatable {
    var username: String
    /// An admin bearer token issued by the REST token route; pages and the API explorer use it.
    var token: String
    /// The ACL resources the admin is limited to; nil holds `Magento_Backend::all`.
    var resources: [String]?
    /// Must come back in every form this session posts.
    var csrf: String
    /// Seconds since 1970 on the server's clock, when the session was last used.
    var lastSeen: Double
    /// When the token expires (seconds since 1970); the session ends then, however active.
    var expires: Double?

    /// The key a sign-out is recorded under: the SHA-256 of the session's random CSRF token,
    /// which is unique to the sign-in and is never stored as it is.
    var signOutKey: String {
        SHA256.hash(data: Data(csrf.utf8)).lowercaseHex
    }

    /// Whether the session may use something guarded by one of `required`, as Magento's ACL
    /// decides it: a resource higher in the tree grants everything under it.
    func allows(_ required: [String]) -> Bool {
        guard let resources, !required.isEmpty else { return true }
        if resources.contains(Integration.allResources) { return true }
        return required.contains { AclTree.lineage(of: $0).contains(where: resources.contains) }
    }
}
