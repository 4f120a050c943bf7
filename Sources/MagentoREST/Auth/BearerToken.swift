/// Reads `Authorization: Bearer <token>` as Magento does: exactly two space-separated parts,
/// the scheme compared case-insensitively. Anything else means "no token" (a guest).
enum BearerToken {
    static func parse(_ header: String?) -> String? {
        guard let header else { return nil }
        let parts = header.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].lowercased() == "bearer", !parts[1].isEmpty else { return nil }
        return String(parts[1])
    }
}
