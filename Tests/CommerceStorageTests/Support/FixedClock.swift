import CommerceDomain
import Foundation

/// A clock pinned to one instant, so stored timestamps are predictable.
struct FixedClock: CommerceClock {
    var date: Date

    init(_ text: String = "2024-05-06 07:08:09") {
        self.date = MagentoTimestamp.date(from: text)!
    }

    func now() -> Date { date }
}
