/// A QR code (ISO/IEC 18004) of bytes, at error correction level H as Magento draws the Google
/// Authenticator code: byte mode, the smallest version that holds the text, and the mask with
/// the lowest penalty unless one is asked for.
public struct QRCode: Sendable, Equatable {
    public let version: Int
    public let mask: Int
    /// `modules[y][x]`, true for dark.
    public let modules: [[Bool]]

    public var size: Int { modules.count }

    /// Level H's error-correction codewords per block and blocks, versions 1 to 40 (the standard's table).
    static let eccPerBlock = [
        17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
        30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ]
    static let blockCount = [
        1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
        25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81,
    ]
    /// Level H in the format information.
    static let levelBits = 2

    /// Nil when the text is longer than a version 40 code holds at level H (1,273 bytes).
    public init?(_ text: String, mask forcedMask: Int? = nil) {
        let bytes = Array(text.utf8)
        guard let version = (1...40).first(where: { Self.capacityBits($0) >= Self.bitsNeeded(bytes.count, version: $0) }) else { return nil }
        let codewords = Self.interleaved(Self.dataCodewords(bytes, version: version), version: version)
        var grid = Grid(version: version)
        grid.placeData(codewords)
        let candidates = forcedMask.map { [$0] } ?? Array(0..<8)
        let drawn = candidates.map { mask in (mask, grid.finished(mask: mask)) }
        let best = drawn.min { $0.1.penalty < $1.1.penalty } ?? drawn[0]
        self.version = version
        self.mask = best.0
        self.modules = best.1.dark
    }

    static func bitsNeeded(_ count: Int, version: Int) -> Int {
        4 + (version < 10 ? 8 : 16) + 8 * count
    }

    static func rawDataModules(_ version: Int) -> Int {
        var result = (16 * version + 128) * version + 64
        if version >= 2 {
            let alignments = version / 7 + 2
            result -= (25 * alignments - 10) * alignments - 55
            if version >= 7 { result -= 36 }
        }
        return result
    }

    static func dataCodewordCount(_ version: Int) -> Int {
        rawDataModules(version) / 8 - eccPerBlock[version - 1] * blockCount[version - 1]
    }

    static func capacityBits(_ version: Int) -> Int { dataCodewordCount(version) * 8 }

    /// Mode, count, bytes, terminator, then the alternating pad codewords.
    static func dataCodewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        var bits: [Bool] = []
        func append(_ value: Int, _ length: Int) {
            for shift in stride(from: length - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) }
        }
        append(0b0100, 4)
        append(bytes.count, version < 10 ? 8 : 16)
        for byte in bytes { append(Int(byte), 8) }
        let capacity = capacityBits(version)
        append(0, min(4, capacity - bits.count))
        append(0, (8 - bits.count % 8) % 8)
        var words = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { ($0 << 1) | ($1 ? 1 : 0) }
        }
        var pad: UInt8 = 0xEC
        while words.count < capacity / 8 {
            words.append(pad)
            pad ^= 0xEC ^ 0x11
        }
        return words
    }

    /// The data split into blocks, each given its Reed-Solomon codewords, read out column-wise.
    static func interleaved(_ data: [UInt8], version: Int) -> [UInt8] {
        let blocks = blockCount[version - 1], ecc = eccPerBlock[version - 1]
        let raw = rawDataModules(version) / 8
        let shortBlocks = blocks - raw % blocks
        let shortLength = raw / blocks
        let divisor = ReedSolomon.divisor(degree: ecc)
        var padded: [[UInt8]] = []
        var offset = 0
        for index in 0..<blocks {
            let length = shortLength - ecc + (index < shortBlocks ? 0 : 1)
            let chunk = Array(data[offset..<offset + length])
            offset += length
            var block = chunk + ReedSolomon.remainder(chunk, divisor: divisor)
            // A short block gets a placeholder where long blocks have their extra data codeword.
            if index < shortBlocks { block.insert(0, at: shortLength - ecc) }
            padded.append(block)
        }
        var result: [UInt8] = []
        for column in 0...shortLength {
            for (index, block) in padded.enumerated() where column != shortLength - ecc || index >= shortBlocks {
                result.append(block[column])
            }
        }
        return result
    }
}

/// Reed-Solomon over GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1.
enum ReedSolomon {
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var product: UInt16 = 0
        for bit in stride(from: 7, through: 0, by: -1) {
            product = (product << 1) ^ ((product >> 7) * 0x11D)
            product ^= UInt16((y >> UInt8(bit)) & 1) * UInt16(x)
        }
        return UInt8(product & 0xFF)
    }

    /// The generator polynomial's coefficients, highest degree first (its leading 1 left out).
    static func divisor(degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for index in 0..<degree {
                result[index] = multiply(result[index], root)
                if index + 1 < degree { result[index] ^= result[index + 1] }
            }
            root = multiply(root, 0x02)
        }
        return result
    }

    static func remainder(_ data: [UInt8], divisor: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for index in result.indices { result[index] ^= multiply(divisor[index], factor) }
        }
        return result
    }
}
