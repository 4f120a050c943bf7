import MagentoWire

/// Makes coupon codes from a generation spec: `prefix` + random characters of the format, split
/// by the delimiter every N characters, + `suffix`. The random source is injected for tests.
public struct CouponCodeGenerator: Sendable {
    static let alphabets = [
        "alphanum": Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
        "alpha": Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        "num": Array("0123456789"),
    ]

    public init() {}

    /// Checks the spec as Magento's generator does: quantity, length and format are required.
    public static func validate(_ spec: CouponGenerationSpec) throws {
        guard (spec.quantity ?? 0) > 0, (spec.length ?? 0) > 0, (spec.ruleId ?? 0) > 0,
              let format = spec.format, alphabets[format] != nil
        else { throw CommerceError.invalidInput(message: "Invalid data provided") }
    }

    /// `count` distinct codes not in `taken` (compared upper-cased).
    public func codes<R: RandomNumberGenerator>(
        for spec: CouponGenerationSpec, taken: Set<String>, using random: inout R
    ) -> [String] {
        let alphabet = Self.alphabets[spec.format ?? "alphanum"] ?? Self.alphabets["alphanum"]!
        let length = spec.length ?? 12
        var codes: [String] = []
        var seen = taken
        var attempts = 0
        while codes.count < (spec.quantity ?? 0), attempts < (spec.quantity ?? 0) * 100 {
            attempts += 1
            var body = ""
            for index in 0..<length {
                if let every = spec.delimiterAtEvery, every > 0, index > 0, index % every == 0 {
                    body += spec.delimiter ?? "-"
                }
                body.append(alphabet[Int(random.next(upperBound: UInt(alphabet.count)))])
            }
            let code = (spec.prefix ?? "") + body + (spec.suffix ?? "")
            if seen.insert(code.uppercased()).inserted { codes.append(code) }
        }
        return codes
    }
}
