import CommerceDomain

/// Names are 1 to 40 letters, digits, `_` or `-`: safe as a file name and inside a schema name.
enum SnapshotName {
    static func validated(_ name: String) throws -> String {
        let allowed = name.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
        guard allowed, (1...40).contains(name.utf8.count) else { throw SnapshotError.invalidName(name) }
        return name
    }
}
