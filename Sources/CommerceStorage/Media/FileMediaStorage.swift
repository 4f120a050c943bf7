import CommerceDomain
import NIOCore
import NIOFileSystem

/// Product images as files under `<root>/catalog/product`, in Magento's two-letter folders
/// (`mb01.jpg` → `/m/b/mb01.jpg`); a taken name gets `_1`, `_2`, … as Magento's uploader does.
/// All file work goes through NIOFileSystem's thread pool, off the event loops.
public struct FileMediaStorage: MediaStorage {
    let root: FilePath

    public init(directory: String) {
        self.init(directory: directory, folder: ["catalog", "product"])
    }

    /// Files under `<directory>/<folder…>`: downloadable products keep theirs under
    /// `downloadable/files`, which `/media` does not serve, since they are sold.
    public init(directory: String, folder: [String]) {
        self.root = folder.reduce(FilePath(directory)) { $0.appending($1) }
    }

    public func store(_ bytes: [UInt8], fileName: String) async throws -> String {
        // Magento's dispersion folders: the name's first two characters, `_` for anything else.
        let folderCharacter = { (character: Character?) -> String in
            guard let character, character.isLetter || character.isNumber else { return "_" }
            return String(character)
        }
        let first = folderCharacter(fileName.first)
        let second = folderCharacter(fileName.dropFirst().first)
        let folder = root.appending(first).appending(second)
        try await FileSystem.shared.createDirectory(at: folder, withIntermediateDirectories: true, permissions: nil)
        let stem = fileName.split(separator: ".", omittingEmptySubsequences: false).dropLast().joined(separator: ".")
        let suffix = fileName.split(separator: ".").last.map { "." + $0 } ?? ""
        for attempt in 0..<1000 {
            let name = attempt == 0 ? fileName : "\(stem)_\(attempt)\(suffix)"
            do {
                try await FileSystem.shared.withFileHandle(forWritingAt: folder.appending(name), options: .newFile(replaceExisting: false)) { handle in
                    _ = try await handle.write(contentsOf: ByteBuffer(bytes: bytes), toAbsoluteOffset: 0)
                }
                return "/\(first)/\(second)/\(name)"
            } catch let error as FileSystemError where error.code == .fileAlreadyExists {
                continue
            }
        }
        throw CommerceError.invalidState(message: "The image can't be saved.")
    }

    public func read(_ path: String) async throws -> [UInt8]? {
        guard let file = resolve(path) else { return nil }
        do {
            // Only regular files are media: a folder (EISDIR), a socket or a dangling link is absent.
            guard let info = try await FileSystem.shared.info(forFileAt: file, infoAboutSymbolicLink: false),
                  info.type == .regular
            else { return nil }
            let buffer = try await FileSystem.shared.withFileHandle(forReadingAt: file) { handle in
                try await handle.readToEnd(maximumSizeAllowed: .megabytes(64))
            }
            return Array(buffer.readableBytesView)
        } catch is FileSystemError {
            // Whatever stops an anonymous read (a file component used as a folder, a name too
            // long, a file replaced by a folder meanwhile) means there is no such image: a 404.
            return nil
        }
    }

    public func remove(_ path: String) async throws {
        guard let file = resolve(path) else { return }
        try await FileSystem.shared.removeItem(at: file, strategy: .platformDefault, recursively: false)
    }

    /// The file for a `/m/b/name.jpg` path; nil for anything that could leave the media folder.
    func resolve(_ path: String) -> FilePath? {
        let parts = path.split(separator: "/").map(String.init)
        guard !parts.isEmpty, parts.allSatisfy({ $0 != ".." && $0 != "." && !$0.isEmpty }) else { return nil }
        return parts.reduce(root) { $0.appending($1) }
    }
}
