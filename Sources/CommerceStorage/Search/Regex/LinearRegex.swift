/// A `regexp` filter pattern compiled for a Pike VM (Thompson's construction): every subject
/// scalar advances each live thread once, so matching costs at most program size × subject
/// length and no pattern can backtrack forever (issue 16: `(.*.*)*zz` hung every reader).
struct LinearRegex: Sendable {
    /// Patterns larger than this are refused: the program size bounds the work per character.
    static let maxProgramSize = 1_000

    enum Operation: Sendable {
        case scalar(Unicode.Scalar)
        case any
        case set(RegexScalarSet)
        case lineStart, lineEnd
        case split(Int, Int)
        case jump(Int)
        case match
    }

    let program: [Operation]

    init(_ pattern: String) throws(RegexSyntaxError) {
        var compiler = Compiler()
        try compiler.emit(try RegexParser.parse(pattern))
        compiler.program.append(.match)
        program = compiler.program
    }

    /// Whether the pattern matches anywhere in `subject`, ignoring case.
    func matches(_ subject: String) -> Bool {
        let scalars = Array(subject.unicodeScalars)
        var current = ThreadList(size: program.count), next = ThreadList(size: program.count)
        current.add(0, program: program, at: 0, of: scalars.count)
        for (position, scalar) in scalars.enumerated() {
            if current.matched { return true }
            let folded = RegexParser.fold(scalar)
            next.reset()
            for pc in current.threads {
                let advances: Bool
                switch program[pc] {
                case .scalar(let wanted): advances = wanted == folded
                case .any: advances = true
                case .set(let set): advances = set.contains(scalar) || set.contains(folded)
                default: advances = false
                }
                if advances { next.add(pc + 1, program: program, at: position + 1, of: scalars.count) }
            }
            // An unanchored search: a fresh attempt starts at every position.
            next.add(0, program: program, at: position + 1, of: scalars.count)
            swap(&current, &next)
        }
        return current.matched
    }

    /// The threads of one step, each program counter at most once.
    struct ThreadList {
        var threads: [Int] = []
        var matched = false
        /// Marks, and the counters marked this step so a reset clears only those.
        private var seen: [Bool]
        private var visited: [Int] = []

        init(size: Int) {
            seen = Array(repeating: false, count: size)
            threads.reserveCapacity(size)
        }

        mutating func reset() {
            for pc in visited { seen[pc] = false }
            visited.removeAll(keepingCapacity: true)
            threads.removeAll(keepingCapacity: true)
            matched = false
        }

        /// Follows the epsilon moves from `start`, keeping the threads that wait for a scalar.
        mutating func add(_ start: Int, program: [Operation], at position: Int, of length: Int) {
            var pending = [start]
            while let pc = pending.popLast() {
                guard !seen[pc] else { continue }
                seen[pc] = true
                visited.append(pc)
                switch program[pc] {
                case .split(let first, let second): pending.append(second); pending.append(first)
                case .jump(let target): pending.append(target)
                case .lineStart: if position == 0 { pending.append(pc + 1) }
                case .lineEnd: if position == length { pending.append(pc + 1) }
                case .match: matched = true
                default: threads.append(pc)
                }
            }
        }
    }

    /// Thompson's construction from the syntax tree.
    struct Compiler {
        var program: [Operation] = []

        mutating func emit(_ node: RegexNode) throws(RegexSyntaxError) {
            guard program.count <= LinearRegex.maxProgramSize else { throw RegexSyntaxError() }
            switch node {
            case .empty: break
            case .scalar(let scalar): program.append(.scalar(scalar))
            case .any: program.append(.any)
            case .set(let set): program.append(.set(set))
            case .lineStart: program.append(.lineStart)
            case .lineEnd: program.append(.lineEnd)
            case .concat(let items):
                for item in items { try emit(item) }
            case .alternate(let branches):
                var exits: [Int] = []
                for (index, branch) in branches.enumerated() {
                    if index == branches.count - 1 {
                        try emit(branch)
                    } else {
                        let split = program.count
                        program.append(.split(split + 1, -1))
                        try emit(branch)
                        exits.append(program.count)
                        program.append(.jump(-1))
                        program[split] = .split(split + 1, program.count)
                    }
                }
                for exit in exits { program[exit] = .jump(program.count) }
            case .repeatNode(let body, let min, let max):
                for _ in 0..<min { try emit(body) }
                if let max {
                    var splits: [Int] = []
                    for _ in min..<max {
                        splits.append(program.count)
                        program.append(.split(program.count + 1, -1))
                        try emit(body)
                    }
                    for split in splits { program[split] = .split(split + 1, program.count) }
                } else {
                    let loop = program.count
                    program.append(.split(loop + 1, -1))
                    try emit(body)
                    program.append(.jump(loop))
                    program[loop] = .split(loop + 1, program.count)
                }
            }
            guard program.count <= LinearRegex.maxProgramSize else { throw RegexSyntaxError() }
        }
    }
}
