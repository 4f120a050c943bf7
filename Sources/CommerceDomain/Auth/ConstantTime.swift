/// Comparing secrets (reset tokens, one-time codes, signatures) in time that depends only on
/// their length, so a caller cannot find a secret byte by byte from how fast it is refused.
public enum ConstantTime {
    public static func equal(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8), right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
