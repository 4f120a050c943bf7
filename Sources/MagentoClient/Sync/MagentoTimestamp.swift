import Foundation

/// Magento's `YYYY-MM-DD HH:MM:SS` UTC timestamps, which compare correctly as text.
enum MagentoTimestamp {
    static func subtracting(_ duration: Duration, from text: String) -> String? {
        let formatter = Self.formatter()
        guard let date = formatter.date(from: text) else { return nil }
        return formatter.string(from: date.addingTimeInterval(-Double(duration.components.seconds)))
    }

    private static func formatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter
    }
}
