import Foundation

/// Magento's timestamp text: `YYYY-MM-DD HH:MM:SS` in UTC with no zone suffix.
///
/// Stored in this form on both engines too, so string comparison orders by time and
/// searchCriteria date filters compare the same way Magento's do.
public enum MagentoTimestamp {
    public static func string(from date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        var days = seconds / 86_400
        var rest = seconds % 86_400
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        // Written digit by digit: `String(format:)` costs microseconds, and every write and every
        // audited request takes a timestamp.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(19)
        func append(_ value: Int, width: Int) {
            var digits = [UInt8](repeating: UInt8(ascii: "0"), count: width)
            var rest = value
            for index in stride(from: width - 1, through: 0, by: -1) {
                digits[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            bytes += digits
        }
        append(year, width: 4)
        bytes.append(UInt8(ascii: "-"))
        append(month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        append(day, width: 2)
        bytes.append(UInt8(ascii: " "))
        append(Int(rest / 3600), width: 2)
        bytes.append(UInt8(ascii: ":"))
        append(Int(rest % 3600 / 60), width: 2)
        bytes.append(UInt8(ascii: ":"))
        append(Int(rest % 60), width: 2)
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func date(from text: String) -> Date? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" || $0 == "T" })
        guard parts.count == 6, let year = Int64(parts[0]), let month = Int64(parts[1]),
              let day = Int64(parts[2]), let hour = Int64(parts[3]), let minute = Int64(parts[4]),
              let second = Int64(parts[5]) else { return nil }
        // Text can come from a client (an `updated_at` echoed into a response): out-of-range
        // fields are not a date, and must not overflow the arithmetic below.
        guard (0...9999).contains(year), (1...12).contains(month), (1...31).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3600 + minute * 60 + second))
    }

    // Howard Hinnant's days-from-civil algorithms: exact for the proleptic Gregorian calendar,
    // and far cheaper than a DateFormatter on a hot path.
    static func civilDate(daysSinceEpoch: Int64) -> (Int, Int, Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }

    static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
