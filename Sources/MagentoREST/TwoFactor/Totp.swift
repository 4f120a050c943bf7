import CommerceDomain
import Crypto
import Foundation

/// RFC 6238 time-based one-time passwords as Google Authenticator reads them: HMAC-SHA1,
/// 30-second steps from the Unix epoch, 6 digits (`digits` is only varied by the RFC's vectors).
public struct Totp: Sendable {
    public let secret: [UInt8]
    public let digits: Int
    public static let period: Int64 = 30

    public init(secret: [UInt8], digits: Int = 6) {
        self.secret = secret
        self.digits = digits
    }

    /// The code for the step that holds `date`.
    public func code(at date: Date) -> String {
        code(step: Self.step(of: date))
    }

    /// RFC 4226's HOTP of one counter value, with dynamic truncation.
    public func code(step: Int64) -> String {
        var counter = UInt64(bitPattern: step).bigEndian
        let message = withUnsafeBytes(of: &counter) { Array($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: secret)))
        let offset = Int(mac[mac.count - 1] & 0x0f)
        let binary = (UInt32(mac[offset] & 0x7f) << 24) | (UInt32(mac[offset + 1]) << 16)
            | (UInt32(mac[offset + 2]) << 8) | UInt32(mac[offset + 3])
        var modulus: UInt32 = 1
        for _ in 0..<digits { modulus *= 10 }
        let text = String(binary % modulus)
        return String(repeating: "0", count: digits - text.count) + text
    }

    /// Whether `otp` is the code at `date`, `leeway` seconds before it or `leeway` after it: the
    /// three instants Magento's otphp checks (`twofactorauth/google/leeway`, 29 by default), so a
    /// code from the step before is accepted for `leeway` seconds into the next step.
    public func verify(_ otp: String, at date: Date, leeway: Int) -> Bool {
        let instants = leeway > 0
            ? [date.addingTimeInterval(-Double(leeway)), date, date.addingTimeInterval(Double(leeway))]
            : [date]
        // Every candidate is computed and compared, so timing does not reveal which one matched.
        return instants.reduce(false) { matched, instant in ConstantTime.equal(code(at: instant), otp) || matched }
    }

    static func step(of date: Date) -> Int64 {
        Int64(floor(date.timeIntervalSince1970)) / period
    }
}

/// RFC 4648 base32 (upper case, no padding), the alphabet authenticator apps take secrets in.
public enum Base32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    public static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | UInt32(byte)
            bits += 8
            while bits >= 5 {
                output.append(alphabet[Int((buffer >> UInt32(bits - 5)) & 0x1f)])
                bits -= 5
            }
        }
        if bits > 0 { output.append(alphabet[Int((buffer << UInt32(5 - bits)) & 0x1f)]) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Nil when a character is outside the alphabet; padding and case are forgiven.
    public static func decode(_ text: String) -> [UInt8]? {
        var output: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for character in text.uppercased().utf8 where character != UInt8(ascii: "=") {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            buffer = (buffer << 5) | UInt32(value)
            bits += 5
            if bits >= 8 {
                output.append(UInt8((buffer >> UInt32(bits - 8)) & 0xff))
                bits -= 8
            }
        }
        return output
    }
}
