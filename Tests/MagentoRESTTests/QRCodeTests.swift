import Foundation
import MagentoREST
import Testing

@Suite("QR codes and their PNG, as Google Authenticator's configuration carries them")
struct QRCodeTests {
    static let uri = "otpauth://totp/magpie.test%3Aadmin%40example.com?issuer=magpie.test&secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"

    /// FNV-1a of the modules row by row as "1"/"0", so a whole symbol fits in a test line.
    static func fingerprint(_ code: QRCode) -> UInt64 {
        let text = code.modules.map { row in row.map { $0 ? "1" : "0" }.joined() }.joined()
        return text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    /// Module for module what the Python `qrcode` package (8.2) draws for the same bytes at
    /// level H, byte mode, the same mask: a single-block version 1, a version 10 of four blocks
    /// (the configure URI) and a version 18 of mixed block lengths with version information.
    @Test("symbols match an independent encoder's, version and mask alike", arguments: [
        (uri, 0, 10, UInt64(0xdd58_ac36_ebc1_8461)), (uri, 5, 10, 0x48b8_ec89_cabf_924d),
        ("Magpie", 0, 1, 0xe53b_e545_33bb_daed), ("Magpie", 5, 1, 0x76b4_4cdc_f373_ee29),
        (String(repeating: "x", count: 300), 0, 18, 0x20b7_5a76_e01c_51c7), (String(repeating: "x", count: 300), 5, 18, 0x68d6_cca0_6f18_c588),
    ])
    func matchesReference(text: String, mask: Int, version: Int, fingerprint: UInt64) throws {
        let code = try #require(QRCode(text, mask: mask))
        #expect(code.version == version)
        #expect(code.size == version * 4 + 17)
        #expect(Self.fingerprint(code) == fingerprint)
    }

    @Test("the lowest-penalty mask is chosen, and text past version 40's capacity is refused")
    func maskAndCapacity() throws {
        let chosen = try #require(QRCode(Self.uri))
        #expect((0..<8).contains(chosen.mask))
        #expect(QRCode(String(repeating: "x", count: 1273)) != nil)
        #expect(QRCode(String(repeating: "x", count: 1274)) == nil)
    }

    @Test("the PNG is one-bit greyscale with a four-module border, its chunks' CRCs right")
    func png() throws {
        let code = try #require(QRCode("Magpie", mask: 0))
        let png = code.png(scale: 2)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR: 58 × 58 pixels ((21 + 8) × 2), depth 1, colour type 0.
        #expect(Array(png[8..<16]) == [0, 0, 0, 13] + Array("IHDR".utf8))
        #expect(Array(png[16..<26]) == [0, 0, 0, 58, 0, 0, 0, 58, 1, 0])
        #expect(Array(png[29..<33]) == [0xC9, 0xC0, 0x77, 0x85])
        #expect(Array(png.suffix(12)) == [0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82])
    }
}
