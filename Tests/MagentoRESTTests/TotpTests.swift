import Foundation
import MagentoREST
import Testing

@Suite("TOTP (RFC 6238) and base32")
struct TotpTests {
    /// RFC 6238 appendix B, SHA-1 rows: the seed is the ASCII "12345678901234567890", 8 digits.
    static let vectors: [(TimeInterval, String)] = [
        (59, "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"),
        (1_234_567_890, "89005924"), (2_000_000_000, "69279037"), (20_000_000_000, "65353130"),
    ]

    @Test("RFC 6238's published SHA-1 vectors, and their last six digits for Google Authenticator's length")
    func rfcVectors() {
        let seed = Array("12345678901234567890".utf8)
        for (time, code) in Self.vectors {
            #expect(Totp(secret: seed, digits: 8).code(at: Date(timeIntervalSince1970: time)) == code)
            #expect(Totp(secret: seed).code(at: Date(timeIntervalSince1970: time)) == String(code.suffix(6)))
        }
    }

    @Test("Base32 round-trips RFC 4648's examples and rejects letters outside its alphabet")
    func base32() {
        #expect(Base32.encode(Array("foobar".utf8)) == "MZXW6YTBOI")
        #expect(Base32.encode(Array("12345678901234567890".utf8)) == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
        #expect(Base32.decode("MZXW6YTBOI======") == Array("foobar".utf8))
        #expect(Base32.decode("mzxw6ytboi") == Array("foobar".utf8))
        #expect(Base32.decode("MZ1W") == nil)
    }

    @Test("With Magento's 29-second leeway a code is accepted 29 seconds either side of its step, not further")
    func leeway() {
        let totp = Totp(secret: Array("12345678901234567890".utf8))
        let stepStart = Date(timeIntervalSince1970: 1_790_000_010)  // a multiple of 30
        let code = totp.code(at: stepStart)
        #expect(totp.verify(code, at: stepStart.addingTimeInterval(29 + 29), leeway: 29))
        #expect(!totp.verify(code, at: stepStart.addingTimeInterval(30 + 29), leeway: 29))
        #expect(totp.verify(code, at: stepStart.addingTimeInterval(-29), leeway: 29))
        #expect(!totp.verify(code, at: stepStart.addingTimeInterval(-30), leeway: 29))
        #expect(!totp.verify(code, at: stepStart.addingTimeInterval(30), leeway: 0))
        #expect(!totp.verify("", at: stepStart, leeway: 29))
    }
}
