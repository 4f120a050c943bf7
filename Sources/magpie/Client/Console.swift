import Foundation
import Synchronization

/// Output for the client commands: data on standard output, messages and progress on standard error.
enum Console {
    static let isTerminal = isatty(STDERR_FILENO) == 1

    static func out(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func errorInPlace(_ text: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }
}

/// A progress bar on a terminal; on a pipe or file, a plain line every tenth of the way.
final class ProgressDisplay: Sendable {
    private let label: String
    private let state = Mutex<(lastDecile: Int, drawn: Bool)>((-1, false))

    init(_ label: String) {
        self.label = label
    }

    func update(done: Int, total: Int?, failed: Int) {
        let failures = failed > 0 ? ", \(failed) failed" : ""
        state.withLock { state in
            guard Console.isTerminal else {
                let decile = total.map { $0 > 0 ? done * 10 / $0 : 10 } ?? done / 1000
                if decile != state.lastDecile {
                    state.lastDecile = decile
                    Console.error("\(label): \(done)\(total.map { "/\($0)" } ?? "")\(failures)")
                }
                return
            }
            state.drawn = true
            if let total, total > 0 {
                let width = 30
                let filled = min(width, done * width / total)
                let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
                Console.errorInPlace("\(label) [\(bar)] \(done)/\(total)\(failures)")
            } else {
                Console.errorInPlace("\(label) \(done)\(failures)")
            }
        }
    }

    func finish() {
        if state.withLock({ $0.drawn }) { Console.error("") }
    }
}
