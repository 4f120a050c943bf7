import CommerceDomain
import Foundation
import Testing

@Suite("Magento timestamps")
struct MagentoTimestampTests {
    @Test("a date prints as YYYY-MM-DD HH:MM:SS in UTC")
    func format() {
        #expect(MagentoTimestamp.string(from: Date(timeIntervalSince1970: 0)) == "1970-01-01 00:00:00")
        #expect(MagentoTimestamp.string(from: Date(timeIntervalSince1970: 1_709_251_199)) == "2024-02-29 23:59:59")
        #expect(MagentoTimestamp.string(from: Date(timeIntervalSince1970: -1)) == "1969-12-31 23:59:59")
    }

    @Test("the text reads back to the same second", arguments: [0, 951_782_400, 1_790_000_000, 4_102_444_800])
    func roundTrip(seconds: Int) {
        let date = Date(timeIntervalSince1970: TimeInterval(seconds))
        #expect(MagentoTimestamp.date(from: MagentoTimestamp.string(from: date)) == date)
    }

    @Test("malformed text is not a date")
    func malformed() {
        #expect(MagentoTimestamp.date(from: "2024-02-29") == nil)
    }

    @Test("fields past their range are not a date and never overflow (issue 16)")
    func outOfRange() {
        for text in ["9223372036854775807-01-01 00:00:00", "2024-9223372036854775807-01 00:00:00",
                     "2024-01-01 9223372036854775807:00:00", "2024-13-01 00:00:00"] {
            #expect(MagentoTimestamp.date(from: text) == nil, "\(text)")
        }
    }
}
