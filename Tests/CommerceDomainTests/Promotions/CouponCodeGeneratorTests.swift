import CommerceDomain
import MagentoWire
import Testing

/// A fixed sequence, so generated codes are predictable.
struct CountingGenerator: RandomNumberGenerator {
    var state: UInt64 = 0
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return state
    }
}

@Suite("Coupon code generation")
struct CouponCodeGeneratorTests {
    @Test("codes have the prefix, suffix, length, alphabet and dashes asked for, and are distinct")
    func shape() {
        var random = CountingGenerator()
        let spec = CouponGenerationSpec(ruleId: 1, format: "num", quantity: 20, length: 6, prefix: "X-", suffix: "-Z", delimiterAtEvery: 3)
        let codes = CouponCodeGenerator().codes(for: spec, taken: [], using: &random)
        #expect(codes.count == 20)
        #expect(Set(codes).count == 20)
        for code in codes {
            #expect(code.hasPrefix("X-") && code.hasSuffix("-Z"))
            let body = code.dropFirst(2).dropLast(2)
            #expect(body.count == 7)
            #expect(Array(body)[3] == "-")
            #expect(body.filter { $0 != "-" }.allSatisfy { $0.isNumber })
        }
    }

    @Test("codes already taken are not produced again")
    func taken() {
        var first = CountingGenerator()
        let spec = CouponGenerationSpec(ruleId: 1, format: "alpha", quantity: 3, length: 4)
        let earlier = CouponCodeGenerator().codes(for: spec, taken: [], using: &first)
        var again = CountingGenerator()
        let later = CouponCodeGenerator().codes(for: spec, taken: Set(earlier), using: &again)
        #expect(Set(earlier).isDisjoint(with: later))
        #expect(later.allSatisfy { code in code.allSatisfy { $0.isUppercase } })
    }

    @Test("a spec without quantity, length or a known format is refused")
    func invalid() {
        #expect(throws: CommerceError.invalidInput(message: "Invalid data provided")) {
            try CouponCodeGenerator.validate(CouponGenerationSpec(ruleId: 1, format: "hex", quantity: 1, length: 4))
        }
    }
}
