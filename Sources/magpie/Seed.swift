import ArgumentParser
import Logging
import MagpieServer

/// `magpie seed --profile small|medium|large`: fill an empty catalog with a deterministic one.
struct Seed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Seed a deterministic demo catalog (about 1k, 10k or 100k products) into an empty database."
    )

    @OptionGroup var options: ServerOptions

    @Option(help: "demo or small (~1,000 products), medium (~10,000) or large (~100,000).")
    var profile = "small"

    func run() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let written = try await MagpieApplication.seed(options.configuration(), profile: profile, logger: Logger(label: "magpie"))
        if written == 0 {
            print("The catalog already has products; nothing was seeded.")
        } else {
            print("Seeded \(written) products (\(profile)) in \(clock.now - started).")
        }
    }
}
