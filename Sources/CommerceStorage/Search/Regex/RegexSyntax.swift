/// The parsed form of a `regexp` filter pattern: the subset of MySQL/ICU and PostgreSQL syntax
/// both engines read the same way (literals, `.`, classes, anchors, groups, `|`, `* + ? {m,n}`).
/// Backreferences and lookaround are refused: they cannot be matched in linear time.
indirect enum RegexNode: Sendable {
    case empty
    case scalar(Unicode.Scalar)
    case any
    case set(RegexScalarSet)
    case lineStart, lineEnd
    case concat([RegexNode])
    case alternate([RegexNode])
    case repeatNode(RegexNode, min: Int, max: Int?)
}

/// A bracket expression or class escape: ranges of scalars, possibly negated.
struct RegexScalarSet: Sendable {
    var ranges: [ClosedRange<UInt32>] = []
    var negated = false

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return ranges.contains { $0.contains(value) } != negated
    }

    static let digits = RegexScalarSet(ranges: [48...57])
    static let word = RegexScalarSet(ranges: [48...57, 65...90, 95...95, 97...122])
    static let space = RegexScalarSet(ranges: [9...13, 32...32])
}

/// Why a pattern was refused.
struct RegexSyntaxError: Error {}

/// Recursive-descent parser over the pattern's scalars; letters are folded to lower case
/// because matching is case-insensitive, as under Magento's `_ci` collations.
struct RegexParser {
    /// Counted repetitions are expanded, so they are bounded to keep the program small.
    static let maxCount = 100
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var depth = 0

    init(_ pattern: String) {
        scalars = Array(pattern.unicodeScalars)
    }

    static func parse(_ pattern: String) throws(RegexSyntaxError) -> RegexNode {
        var parser = RegexParser(pattern)
        let node = try parser.alternation()
        guard parser.index == parser.scalars.count else { throw RegexSyntaxError() }
        return node
    }

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func next() throws(RegexSyntaxError) -> Unicode.Scalar {
        guard let scalar = peek else { throw RegexSyntaxError() }
        index += 1
        return scalar
    }

    private mutating func alternation() throws(RegexSyntaxError) -> RegexNode {
        var branches = [try concatenation()]
        while peek == "|" {
            index += 1
            branches.append(try concatenation())
        }
        return branches.count == 1 ? branches[0] : .alternate(branches)
    }

    private mutating func concatenation() throws(RegexSyntaxError) -> RegexNode {
        var items: [RegexNode] = []
        while let scalar = peek, scalar != "|", scalar != ")" {
            items.append(try quantified(try atom()))
        }
        return items.isEmpty ? .empty : items.count == 1 ? items[0] : .concat(items)
    }

    private mutating func quantified(_ atom: RegexNode) throws(RegexSyntaxError) -> RegexNode {
        var node = atom
        while let scalar = peek {
            let bounds: (Int, Int?)
            switch scalar {
            case "*": index += 1; bounds = (0, nil)
            case "+": index += 1; bounds = (1, nil)
            case "?": index += 1; bounds = (0, 1)
            case "{": bounds = try counted()
            default: return node
            }
            if peek == "?" { index += 1 }   // lazy: the same yes/no answer
            node = .repeatNode(node, min: bounds.0, max: bounds.1)
        }
        return node
    }

    private mutating func counted() throws(RegexSyntaxError) -> (Int, Int?) {
        index += 1
        let low = try number()
        var high: Int? = low
        if peek == "," {
            index += 1
            if peek == "}" { high = nil } else { high = try number() }
        }
        guard try next() == "}", low <= (high ?? low) else { throw RegexSyntaxError() }
        return (low, high)
    }

    private mutating func number() throws(RegexSyntaxError) -> Int {
        var value = 0, digits = 0
        while let scalar = peek, let digit = Int(String(scalar)), scalar.isASCII {
            value = value * 10 + digit
            digits += 1
            index += 1
            guard value <= Self.maxCount else { throw RegexSyntaxError() }
        }
        guard digits > 0 else { throw RegexSyntaxError() }
        return value
    }

    private mutating func atom() throws(RegexSyntaxError) -> RegexNode {
        let scalar = try next()
        switch scalar {
        case "(":
            if peek == "?" {
                // Only the non-capturing group; lookaround and flags are refused.
                index += 1
                guard try next() == ":" else { throw RegexSyntaxError() }
            }
            depth += 1
            guard depth <= 50 else { throw RegexSyntaxError() }
            let inner = try alternation()
            depth -= 1
            guard try next() == ")" else { throw RegexSyntaxError() }
            return inner
        case "[": return .set(try bracket())
        case ".": return .any
        case "^": return .lineStart
        case "$": return .lineEnd
        case "\\": return try escape(inClass: false)
        case "*", "+", "?", "{", ")", "|", "]": throw RegexSyntaxError()
        default: return .scalar(Self.fold(scalar))
        }
    }

    private mutating func escape(inClass: Bool) throws(RegexSyntaxError) -> RegexNode {
        let scalar = try next()
        switch scalar {
        case "d": return .set(.digits)
        case "w": return .set(.word)
        case "s": return .set(.space)
        case "D", "W", "S":
            var set = scalar == "D" ? RegexScalarSet.digits : scalar == "W" ? .word : .space
            set.negated = true
            return .set(set)
        case "n": return .scalar("\n")
        case "t": return .scalar("\t")
        case "r": return .scalar("\r")
        default:
            // Letters and digits after a backslash are classes, backreferences or anchors whose
            // meaning differs between engines; punctuation is the literal character.
            guard !(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) else { throw RegexSyntaxError() }
            return .scalar(scalar)
        }
    }

    private mutating func bracket() throws(RegexSyntaxError) -> RegexScalarSet {
        var set = RegexScalarSet()
        if peek == "^" { set.negated = true; index += 1 }
        var first = true
        while true {
            var scalar = try next()
            if scalar == "]", !first { break }
            first = false
            if scalar == "\\" {
                switch try escape(inClass: true) {
                case .set(let inner) where !inner.negated: set.ranges += inner.ranges; continue
                case .scalar(let literal): scalar = literal
                default: throw RegexSyntaxError()
                }
            }
            if peek == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
                index += 1
                let upper = try next()
                guard upper != "\\", scalar.value <= upper.value else { throw RegexSyntaxError() }
                set.ranges.append(scalar.value...upper.value)
                // Case-insensitive: a letter range also covers the other case.
                set.ranges += Self.otherCase(scalar.value...upper.value)
            } else {
                set.ranges.append(scalar.value...scalar.value)
                set.ranges += Self.otherCase(scalar.value...scalar.value)
            }
        }
        return set
    }

    /// The ASCII letters of `range` in the other case.
    private static func otherCase(_ range: ClosedRange<UInt32>) -> [ClosedRange<UInt32>] {
        var extra: [ClosedRange<UInt32>] = []
        for (lower, upper) in [(UInt32(65), UInt32(90)), (UInt32(97), UInt32(122))] {
            let low = max(range.lowerBound, lower), high = min(range.upperBound, upper)
            guard low <= high else { continue }
            let shift: Int64 = lower == 65 ? 32 : -32
            extra.append(UInt32(Int64(low) + shift)...UInt32(Int64(high) + shift))
        }
        return extra
    }

    /// Simple case folding: a scalar whose lower case is one scalar becomes it.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return (65...90).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32)! : scalar
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }
}
