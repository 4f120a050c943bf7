import ArgumentParser

/// `magpie`: the Magento-compatible server and its tools.
@main
struct Magpie: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "magpie",
        abstract: "A Magento 2 compatible commerce API server and integration toolkit.",
        subcommands: [
            Serve.self, Worker.self, Migrate.self, Seed.self, IntegrationCommand.self, BareRoute.self,
            ProductsCommand.self, ImportCommand.self, ExportCommand.self, SyncCommand.self, ConfigCommand.self,
            SnapshotCommand.self, TfaCommand.self,
        ],
        defaultSubcommand: Serve.self
    )
}
