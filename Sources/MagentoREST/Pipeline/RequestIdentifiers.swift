import Synchronization

/// Request ids in a UUID's shape (`8-4-4-4-12` lowercase hex, version 4 and variant bits set)
/// without `UUID()` and its string round trip on every request: a random half drawn once per
/// process, and a counter.
///
/// Unique within the process for 2^62 requests; across processes the 58 random bits make a
/// clash as unlikely as between two random UUIDs drawn a few billion times.
final class RequestIdentifiers: Sendable {
    private let random: UInt64
    private let counter: Atomic<UInt64>

    init() {
        random = (UInt64.random(in: .min ... .max) & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
        counter = Atomic(UInt64.random(in: 0 ... (1 << 40)))
    }

    func next() -> String {
        let sequence = counter.add(1, ordering: .relaxed).newValue
        let low = (sequence & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        return String(unsafeUninitializedCapacity: 36) { buffer in
            var index = 0
            func hex(_ value: UInt64, digits: Int) {
                for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
                    let nibble = UInt8((value >> UInt64(shift)) & 0xF)
                    buffer[index] = HexDigits.digit(nibble)
                    index += 1
                }
            }
            func dash() {
                buffer[index] = UInt8(ascii: "-")
                index += 1
            }
            hex(random >> 32, digits: 8)
            dash()
            hex(random >> 16, digits: 4)
            dash()
            hex(random, digits: 4)
            dash()
            hex(low >> 48, digits: 4)
            dash()
            hex(low, digits: 12)
            return index
        }
    }
}
