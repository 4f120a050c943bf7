import ArgumentParser
import CommerceDomain
import Foundation
import Logging
import MagpieServer

/// `magpie config set|unset|show`: store configuration on the database, named as
/// `bin/magento config:set` names it. Servers read configuration when they start.
struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Set, unset and show store configuration (core_config_data).",
        subcommands: [Set.self, Unset.self, Show.self]
    )

    struct Scope: ParsableArguments {
        @Option(help: "default, websites or stores.")
        var scope: String = "default"
        @Option(help: "The website or store view code, for the websites and stores scopes.")
        var scopeCode: String?

        func parsed() throws -> ConfigValue.Scope {
            guard let scope = ConfigValue.Scope(rawValue: scope) else {
                throw ValidationError("Scope must be default, websites or stores.")
            }
            return scope
        }
    }

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a value; a table-rate CSV (carriers/tablerate/rates) is checked row by row first.",
            discussion: "Example: magpie config set --scope websites --scope-code base carriers/tablerate/rates --file tablerates.csv"
        )
        @OptionGroup var options: ServerOptions
        @OptionGroup var scope: Scope
        @Argument(help: "The config path, e.g. carriers/flatrate/price.") var path: String
        @Argument(help: "The value (or use --file).") var value: String?
        @Option(help: "Read the value from this file.") var file: String?

        func run() async throws {
            let text: String
            switch (value, file) {
            case let (value?, nil): text = value
            case let (nil, file?):
                guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("Cannot read \(file).") }
                text = String(decoding: data, as: UTF8.self)
            default: throw ValidationError("Give either a value or --file.")
            }
            let saved = try await ConfigAdmin.set(
                options.configuration(), scope: scope.parsed(), scopeCode: scope.scopeCode, path: path, value: text,
                logger: Logger(label: "magpie")
            )
            let rows = saved.tableRateRows.map { " (\($0) table-rate rows)" } ?? ""
            print("Value was saved\(rows). Servers read it when they start.")
        }
    }

    struct Unset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a value at one scope, so the scope above applies.")
        @OptionGroup var options: ServerOptions
        @OptionGroup var scope: Scope
        @Argument(help: "The config path.") var path: String

        func run() async throws {
            let removed = try await ConfigAdmin.unset(
                options.configuration(), scope: scope.parsed(), scopeCode: scope.scopeCode, path: path, logger: Logger(label: "magpie")
            )
            print(removed ? "Value was removed." : "There was no value at that scope.")
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show stored values whose path starts with a prefix.")
        @OptionGroup var options: ServerOptions
        @Argument(help: "A path or path prefix, e.g. carriers/.") var prefix: String = ""

        func run() async throws {
            for value in try await ConfigAdmin.list(options.configuration(), prefix: prefix, logger: Logger(label: "magpie")) {
                let scope = value.scope == .default ? "default" : "\(value.scope.rawValue)/\(value.scopeId)"
                print("\(scope) \(value.path) - \(value.value.contains("\n") ? "(\(value.value.split(separator: "\n").count) lines)" : value.value)")
            }
        }
    }
}
