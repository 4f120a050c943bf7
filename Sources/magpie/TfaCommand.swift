import ArgumentParser
import Logging
import MagpieServer

/// `magpie tfa token <username>`: the tfat Magento would e-mail, for configuring a provider
/// through `/V1/tfa/provider/google/configure` and `activate`.
struct TfaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tfa", abstract: "Two-factor authentication (twofactorauth/magpie/enabled).",
        subcommands: [Token.self]
    )

    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print an admin user's tfat (valid for an hour), which Magento sends by e-mail.",
            discussion: "Example: magpie tfa token admin --database magpie.sqlite"
        )
        @OptionGroup var options: ServerOptions
        @Argument(help: "The admin username.") var username: String

        func run() async throws {
            print(try await TwoFactorAdmin.tfat(options.configuration(), username: username, logger: Logger(label: "magpie")))
        }
    }
}
