import MagentoWire

/// A `/rest/…` path taken apart: store code, processing mode and the route's own segments.
///
/// This runs before routing because the store code and `async`/`async/bulk` prefixes decide
/// which routes can match at all (Magento's PathProcessor and RequestProcessorPool).
struct RequestPath: Sendable, Equatable {
    enum Store: Sendable, Equatable {
        /// No store code: the default store view of the default website.
        case implicitDefault
        /// A store view code, such as `default` or `fr`.
        case view(code: String)
        /// `all`: the admin store (id 0), global scope.
        case all
    }

    enum Mode: Sendable, Equatable {
        case synchronous
        case async
        case bulk
        case schema
    }

    var store: Store
    var mode: Mode
    /// Percent-decoded segments from `V1` on (for `schema`, empty).
    var segments: [String]

    enum Outcome: Equatable {
        case rest(RequestPath)
        /// Not under `/rest`: not a Magento API path at all.
        case notREST
        /// Under `/rest` but no request processor claims it (400 `Specified request cannot be processed.`).
        case unclaimed
    }

    /// Parses the raw (still percent-encoded) path. `isStoreCode` tells store view codes apart.
    static func parse(_ rawPath: Substring, isStoreCode: (String) -> Bool) -> Outcome {
        var parts = rawPath.split(separator: "/")[...]
        if parts.first == "index.php" { parts.removeFirst() }
        guard parts.first == "rest" else { return .notREST }
        parts.removeFirst()

        var store = Store.implicitDefault
        if let first = parts.first {
            if first == "all" {
                store = .all
                parts.removeFirst()
            } else if isStoreCode(String(first)) {
                store = .view(code: String(first))
                parts.removeFirst()
            }
        }

        var mode = Mode.synchronous
        if parts.first == "schema", parts.count == 1 {
            return .rest(RequestPath(store: store, mode: .schema, segments: []))
        }
        if parts.first == "async" {
            parts.removeFirst()
            mode = .async
            if parts.first == "bulk" {
                parts.removeFirst()
                mode = .bulk
            }
        }
        guard let version = parts.first, isVersion(version) else { return .unclaimed }
        return .rest(RequestPath(store: store, mode: mode, segments: parts.map { percentDecode($0) }))
    }

    /// `V` followed by digits, as Magento's `^/V\d+` processor pattern.
    static func isVersion(_ segment: Substring) -> Bool {
        segment.count > 1 && segment.first == "V" && segment.dropFirst().allSatisfy(\.isASCII) && segment.dropFirst().allSatisfy(\.isNumber)
    }

    /// Path segments decode `%XX` but not `+` (which is literal in a path). A stray `%` stays.
    static func percentDecode(_ text: Substring) -> String {
        guard text.contains("%") else { return String(text) }
        return String(decoding: PercentDecoding.decode(text, plusAsSpace: false), as: UTF8.self)
    }
}
