import Foundation

/// The signature base string of RFC 5849 §3.4.1: method, base string URI and normalized
/// parameters, each percent-encoded and joined by `&`.
public enum OAuthSignatureBase {
    /// - Parameters:
    ///   - method: the HTTP method (upper-cased here).
    ///   - url: the full request URL as sent, query included.
    ///   - protocolParameters: the `oauth_*` parameters (without `oauth_signature` and `realm`).
    ///   - formParameters: decoded `application/x-www-form-urlencoded` body pairs, if any.
    public static func make(
        method: String, url: String, protocolParameters: [(String, String)], formParameters: [(String, String)] = []
    ) -> String? {
        guard let baseURI = baseStringURI(url) else { return nil }
        let parameters = queryParameters(url) + protocolParameters + formParameters
        return [method.uppercased(), baseURI, normalize(parameters)].map(OAuthPercentEncoding.encode).joined(separator: "&")
    }

    /// §3.4.1.2: lower-case scheme and host, default ports dropped, the path as sent, no query.
    public static func baseStringURI(_ url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              let host = components.host?.lowercased() else { return nil }
        var authority = host
        if let port = components.port, !(scheme == "http" && port == 80), !(scheme == "https" && port == 443) {
            authority += ":\(port)"
        }
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        return "\(scheme)://\(authority)\(path)"
    }

    /// The query's pairs, decoded as `application/x-www-form-urlencoded` (§3.4.1.3.1).
    public static func queryParameters(_ url: String) -> [(String, String)] {
        guard let mark = url.firstIndex(of: "?") else { return [] }
        return formPairs(url[url.index(after: mark)...].prefix { $0 != "#" })
    }

    /// Splits `a=1&b=2` into decoded pairs; a name without `=` has an empty value.
    public static func formPairs(_ text: Substring) -> [(String, String)] {
        text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = parts.count > 1 ? parts[1] : ""
            return (OAuthPercentEncoding.decode(parts[0], plusAsSpace: true), OAuthPercentEncoding.decode(value, plusAsSpace: true))
        }
    }

    /// §3.4.1.3.2: encode each name and value, sort by name then value, join with `=` and `&`.
    static func normalize(_ parameters: [(String, String)]) -> String {
        let encoded: [(name: String, value: String)] = parameters.map { pair in
            (OAuthPercentEncoding.encode(pair.0), OAuthPercentEncoding.encode(pair.1))
        }
        let sorted = encoded.sorted { lhs, rhs in
            lhs.name == rhs.name ? lhs.value < rhs.value : lhs.name < rhs.name
        }
        return sorted.map { $0.name + "=" + $0.value }.joined(separator: "&")
    }
}
