/// A QR code's modules while it is drawn: function patterns first, then the data, then a mask
/// with its format bits.
struct Grid {
    let version: Int
    let size: Int
    var dark: [[Bool]]
    /// Modules that belong to function patterns, which data and masks leave alone.
    var isFunction: [[Bool]]

    init(version: Int) {
        self.version = version
        self.size = version * 4 + 17
        dark = Array(repeating: Array(repeating: false, count: size), count: size)
        isFunction = dark
        drawFunctionPatterns()
    }

    mutating func set(_ x: Int, _ y: Int, _ isDark: Bool) {
        dark[y][x] = isDark
        isFunction[y][x] = true
    }

    mutating func drawFunctionPatterns() {
        for index in 0..<size {
            set(6, index, index % 2 == 0)
            set(index, 6, index % 2 == 0)
        }
        drawFinder(3, 3)
        drawFinder(size - 4, 3)
        drawFinder(3, size - 4)
        let positions = alignmentPositions()
        for (i, x) in positions.enumerated() {
            for (j, y) in positions.enumerated() where !((i == 0 && j == 0) || (i == 0 && j == positions.count - 1) || (i == positions.count - 1 && j == 0)) {
                for dy in -2...2 {
                    for dx in -2...2 { set(x + dx, y + dy, max(abs(dx), abs(dy)) != 1) }
                }
            }
        }
        // Reserved now, written with each mask.
        drawFormatBits(0)
        drawVersion()
    }

    /// A finder pattern centred at (x, y) with its light separator, clipped to the symbol.
    mutating func drawFinder(_ x: Int, _ y: Int) {
        for dy in -4...4 {
            for dx in -4...4 where (0..<size).contains(x + dx) && (0..<size).contains(y + dy) {
                let distance = max(abs(dx), abs(dy))
                set(x + dx, y + dy, distance != 2 && distance != 4)
            }
        }
    }

    func alignmentPositions() -> [Int] {
        guard version > 1 else { return [] }
        let count = version / 7 + 2
        let step = version == 32 ? 26 : (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2
        var result = [6]
        var position = size - 7
        for _ in 0..<(count - 1) {
            result.insert(position, at: 1)
            position -= step
        }
        return result
    }

    /// Level and mask with their BCH(15,5) check bits, masked, in both copies; and the dark module.
    mutating func drawFormatBits(_ mask: Int) {
        let data = QRCode.levelBits << 3 | mask
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        let bits = (data << 10 | remainder) ^ 0x5412
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        for index in 0...5 { set(8, index, bit(index)) }
        set(8, 7, bit(6))
        set(8, 8, bit(7))
        set(7, 8, bit(8))
        for index in 9..<15 { set(14 - index, 8, bit(index)) }
        for index in 0..<8 { set(size - 1 - index, 8, bit(index)) }
        for index in 8..<15 { set(8, size - 15 + index, bit(index)) }
        set(8, size - 8, true)
    }

    /// Versions 7 and up carry their number with BCH(18,6) check bits in two corners.
    mutating func drawVersion() {
        guard version >= 7 else { return }
        var remainder = version
        for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
        let bits = version << 12 | remainder
        for index in 0..<18 {
            let isDark = (bits >> index) & 1 == 1
            let a = size - 11 + index % 3, b = index / 3
            set(a, b, isDark)
            set(b, a, isDark)
        }
    }

    /// The codewords in the two-column zigzag from the bottom right, skipping the vertical
    /// timing column; modules left over are the zero remainder bits.
    mutating func placeData(_ codewords: [UInt8]) {
        var index = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            for vertical in 0..<size {
                for offset in 0..<2 {
                    let x = right - offset
                    let upward = (right + 1) & 2 == 0
                    let y = upward ? size - 1 - vertical : vertical
                    guard !isFunction[y][x], index < codewords.count * 8 else { continue }
                    dark[y][x] = (codewords[index >> 3] >> UInt8(7 - (index & 7))) & 1 == 1
                    index += 1
                }
            }
            right -= 2
        }
    }

    static func masks(_ mask: Int, _ x: Int, _ y: Int) -> Bool {
        switch mask {
        case 0: (x + y) % 2 == 0
        case 1: y % 2 == 0
        case 2: x % 3 == 0
        case 3: (x + y) % 3 == 0
        case 4: (x / 3 + y / 2) % 2 == 0
        case 5: x * y % 2 + x * y % 3 == 0
        case 6: (x * y % 2 + x * y % 3) % 2 == 0
        default: ((x + y) % 2 + x * y % 3) % 2 == 0
        }
    }

    func finished(mask: Int) -> Grid {
        var copy = self
        for y in 0..<size {
            for x in 0..<size where !isFunction[y][x] && Self.masks(mask, x, y) { copy.dark[y][x].toggle() }
        }
        copy.drawFormatBits(mask)
        return copy
    }

    /// The standard's four penalty rules: runs, 2×2 blocks, finder-like patterns, dark balance.
    var penalty: Int {
        var total = 0
        let columns = (0..<size).map { x in (0..<size).map { y in dark[y][x] } }
        for line in dark + columns {
            var runLength = 1
            for index in 1..<size {
                if line[index] == line[index - 1] {
                    runLength += 1
                    if index == size - 1, runLength >= 5 { total += runLength - 2 }
                } else {
                    if runLength >= 5 { total += runLength - 2 }
                    runLength = 1
                }
            }
            let padded = [Bool](repeating: false, count: 4) + line + [Bool](repeating: false, count: 4)
            for start in 0...(padded.count - 11) {
                let window = Array(padded[start..<start + 11])
                if window == Self.finderBefore || window == Self.finderAfter { total += 40 }
            }
        }
        for y in 0..<(size - 1) {
            for x in 0..<(size - 1) where dark[y][x] == dark[y][x + 1] && dark[y][x] == dark[y + 1][x] && dark[y][x] == dark[y + 1][x + 1] {
                total += 3
            }
        }
        let darkCount = dark.reduce(0) { $0 + $1.filter { $0 }.count }
        let cells = size * size
        // Ten points for each full 5 % the dark share is away from half.
        let steps = (abs(darkCount * 20 - cells * 10) + cells - 1) / cells - 1
        total += max(steps, 0) * 10
        return total
    }

    static let finderBefore = [false, false, false, false, true, false, true, true, true, false, true]
    static let finderAfter = [true, false, true, true, true, false, true, false, false, false, false]
}
