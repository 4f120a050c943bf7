import CommerceStorage
import Foundation
import Testing

/// Strict parsing of decimal filter values.
@Suite("Exact decimals")
struct ExactDecimalTests {
    @Test("Plain decimal text parses exactly", arguments: ["12", "-3.5", "+0.0001", ".5", "7.", "123456789012.1234"])
    func validText(text: String) {
        #expect(ExactDecimal.parse(text) == Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test("Anything but digits, one point and a sign is refused", arguments: ["", "-", ".", "12abc", "1.2.3", "1e5", " 1", "1,5", "--1"])
    func invalidText(text: String) {
        #expect(ExactDecimal.parse(text) == nil)
    }
}
