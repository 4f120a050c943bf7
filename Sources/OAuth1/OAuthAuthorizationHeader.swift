/// The `Authorization: OAuth k="v", …` header (RFC 5849 §3.5.1): parsed and rendered.
public enum OAuthAuthorizationHeader {
    /// The header's parameters, decoded, `realm` included; nil when it is not an OAuth header.
    public static func parse(_ header: String) -> [(String, String)]? {
        let trimmed = header.drop(while: { $0 == " " })
        guard trimmed.lowercased().hasPrefix("oauth ") else { return nil }
        var pairs: [(String, String)] = []
        for item in trimmed.dropFirst(6).split(separator: ",") {
            let part = item.drop(while: { $0 == " " || $0 == "\t" })
            guard let equals = part.firstIndex(of: "=") else { return nil }
            var value = part[part.index(after: equals)...]
            while let last = value.last, last == " " || last == "\t" { value = value.dropLast() }
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            pairs.append((
                OAuthPercentEncoding.decode(part[..<equals], plusAsSpace: false),
                OAuthPercentEncoding.decode(value, plusAsSpace: false)
            ))
        }
        return pairs
    }

    public static func render(_ parameters: [(String, String)]) -> String {
        "OAuth " + parameters.map { "\(OAuthPercentEncoding.encode($0.0))=\"\(OAuthPercentEncoding.encode($0.1))\"" }
            .joined(separator: ",")
    }
}
