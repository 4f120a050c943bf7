import ArgumentParser
import CommerceDomain
import Logging
import MagpieServer

/// `magpie snapshot save|restore|list|delete`: named copies of the whole database, to reset a
/// test store between tests (see docs/testing-connectors.md).
struct SnapshotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot", abstract: "Save, restore, list and delete snapshots of the whole database.",
        discussion: "With a server running, restore through POST /rest/V1/magpie/snapshots/NAME/restore instead: it also drops the server's caches and queued work.",
        subcommands: [Save.self, Restore.self, List.self, Delete.self]
    )

    struct Save: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Save the database under NAME, replacing a snapshot of that name.")
        @OptionGroup var options: ServerOptions
        @Argument(help: "1 to 40 letters, digits, _ or -.") var name: String

        func run() async throws {
            let info = try await SnapshotCommand.reported {
                try await SnapshotAdmin.save(options.configuration(), name: name, logger: Logger(label: "magpie"))
            }
            print("Saved snapshot \(info.name) at \(info.createdAt).")
        }
    }

    struct Restore: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Put the database back as snapshot NAME saved it.")
        @OptionGroup var options: ServerOptions
        @Argument var name: String

        func run() async throws {
            let took = try await SnapshotCommand.reported {
                try await SnapshotAdmin.restore(options.configuration(), name: name, logger: Logger(label: "magpie"))
            }
            let milliseconds = Double(took.components.seconds) * 1000 + Double(took.components.attoseconds) / 1e15
            print("Restored snapshot \(name) in \((milliseconds * 10).rounded() / 10) ms.")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the snapshots.")
        @OptionGroup var options: ServerOptions

        func run() async throws {
            let snapshots = try await SnapshotAdmin.list(options.configuration(), logger: Logger(label: "magpie"))
            if snapshots.isEmpty { print("No snapshots.") }
            for snapshot in snapshots { print("\(snapshot.name)\t\(snapshot.createdAt)") }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete snapshot NAME.")
        @OptionGroup var options: ServerOptions
        @Argument var name: String

        func run() async throws {
            try await SnapshotCommand.reported {
                try await SnapshotAdmin.delete(options.configuration(), name: name, logger: Logger(label: "magpie"))
            }
            print("Deleted snapshot \(name).")
        }
    }

    /// Snapshot errors as one line on standard error, exit status 1.
    @discardableResult
    static func reported<T>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch let error as SnapshotError {
            let message = switch error {
            case .invalidName(let name): "Invalid snapshot name \"\(name)\": use 1 to 40 letters, digits, _ or -."
            case .notFound(let name): "No snapshot is named \"\(name)\"."
            case .schemaMismatch(let name): "Snapshot \"\(name)\" was saved by another schema version; save it again."
            case .needsSQLite: "Sandboxes need a SQLite database."
            }
            throw ConfigurationError(message)
        }
    }
}
