/// A rule's path glob: `*` stands for any run of characters (slashes included), everything else
/// is literal and case-sensitive, matched against the whole path after `/rest[/<store>]`.
public struct FaultPathPattern: Sendable, Equatable {
    public let text: String
    private let bytes: [UInt8]

    public init(_ text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
    }

    public func matches(_ path: String) -> Bool {
        let subject = Array(path.utf8)
        var p = 0, s = 0
        // Where the last `*` was and how far it had swallowed, to backtrack to on a mismatch.
        var star: Int?
        var starSubject = 0
        while s < subject.count {
            if p < bytes.count, bytes[p] == UInt8(ascii: "*") {
                star = p
                starSubject = s
                p += 1
            } else if p < bytes.count, bytes[p] == subject[s] {
                p += 1
                s += 1
            } else if let star {
                p = star + 1
                starSubject += 1
                s = starSubject
            } else {
                return false
            }
        }
        while p < bytes.count, bytes[p] == UInt8(ascii: "*") { p += 1 }
        return p == bytes.count
    }
}
