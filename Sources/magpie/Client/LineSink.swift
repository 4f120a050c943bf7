import Foundation

/// Lines to a file or to standard output.
final class LineSink {
    private let handle: FileHandle
    private let ownsHandle: Bool

    init(path: String?) throws {
        if let path, path != "-" {
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                throw InputFileError("cannot write \(path)")
            }
            self.handle = handle
            ownsHandle = true
        } else {
            handle = .standardOutput
            ownsHandle = false
        }
    }

    func write(_ line: String) {
        handle.write(Data((line + "\n").utf8))
    }

    func close() throws {
        if ownsHandle { try handle.close() }
    }
}
