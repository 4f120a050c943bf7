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
        // Codes are generated in the request and stored in a 255-character column: bound both, so
        // a huge quantity or length cannot overflow, exhaust memory or hold the writer.
        let quantity = spec.quantity ?? 0, length = spec.length ?? 0
        guard quantity <= maxQuantity else { throw ClientArithmetic.invalidValue("quantity", quantity) }
        let affixes = (spec.prefix?.count ?? 0) + (spec.suffix?.count ?? 0)
        guard length <= maxCodeLength, length + affixes <= maxCodeLength else {
            throw ClientArithmetic.invalidValue("length", length)
        }
    }

    /// The most codes one request may generate.
    public static let maxQuantity = 100_000
    /// The longest code the coupon table stores.
    public static let maxCodeLength = 255

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
