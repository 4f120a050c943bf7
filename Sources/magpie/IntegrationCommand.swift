import ArgumentParser
import CommerceDomain
import Logging
import MagpieServer

/// `magpie integration create|list|rotate|delete`: least-privilege API access for another system.
struct IntegrationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "integration", abstract: "Manage integrations (API access for other systems).",
        subcommands: [Create.self, List.self, Rotate.self, Delete.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create and activate an integration; prints its credentials.")
        @OptionGroup var options: ServerOptions
        @Option(help: "A unique name.") var name: String
        @Option(help: "Contact email.") var email: String?
        @Option(help: "Comma-separated ACL resources, e.g. Magento_Catalog::products,Magento_InventoryApi::source.")
        var resources: String

        func run() async throws {
            let integration = try await IntegrationAdmin.create(
                options.configuration(), name: name, email: email,
                resources: resources.split(separator: ",").map(String.init), logger: Logger(label: "magpie")
            )
            print(IntegrationCommand.describe(integration, secrets: true))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List integrations.")
        @OptionGroup var options: ServerOptions

        func run() async throws {
            for integration in try await IntegrationAdmin.list(options.configuration(), logger: Logger(label: "magpie")) {
                print(IntegrationCommand.describe(integration, secrets: false))
            }
        }
    }

    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Issue a new access token and secret.")
        @OptionGroup var options: ServerOptions
        @Argument(help: "The integration id.") var id: Int

        func run() async throws {
            let integration = try await IntegrationAdmin.rotate(options.configuration(), id: id, logger: Logger(label: "magpie"))
            print(IntegrationCommand.describe(integration, secrets: true))
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete an integration.")
        @OptionGroup var options: ServerOptions
        @Argument(help: "The integration id.") var id: Int

        func run() async throws {
            try await IntegrationAdmin.delete(options.configuration(), id: id, logger: Logger(label: "magpie"))
            print("Deleted integration \(id).")
        }
    }

    static func describe(_ integration: Integration, secrets: Bool) -> String {
        var lines = [
            "Integration \(integration.id): \(integration.name) (\(integration.isActive ? "active" : "inactive"))",
            "  resources:           \(integration.resources.joined(separator: ","))",
            "  consumer key:        \(integration.consumerKey)",
        ]
        if secrets {
            lines += [
                "  consumer secret:     \(integration.consumerSecret)",
                "  access token:        \(integration.accessToken ?? "-")",
                "  access token secret: \(integration.accessTokenSecret ?? "-")",
            ]
        }
        return lines.joined(separator: "\n")
    }
}
