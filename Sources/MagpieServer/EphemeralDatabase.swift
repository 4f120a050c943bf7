import Foundation

/// `magpie serve --ephemeral`: the database, its snapshots and the media files in a temporary
/// folder that is removed when the server stops (a `kill -9` leaves it in the temporary
/// directory, named `magpie-ephemeral-…`).
public struct EphemeralDatabase: Sendable {
    public let folder: URL

    /// Points `configuration` at a new temporary folder; refuses a configuration that names a
    /// PostgreSQL database, which a temporary folder cannot hold.
    public static func make(for configuration: inout ServerConfiguration) throws -> EphemeralDatabase {
        if configuration.database.lowercased().hasPrefix("postgres") {
            throw ConfigurationError("--ephemeral keeps a temporary SQLite database; leave out the postgres:// --database.")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("magpie-ephemeral-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        configuration.database = folder.appendingPathComponent("magpie.sqlite").path
        configuration.mediaDirectory = folder.appendingPathComponent("media").path
        configuration.snapshotDirectory = folder.appendingPathComponent("snapshots").path
        return EphemeralDatabase(folder: folder)
    }

    public func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
