import MagpieServer

extension TestApp {
    /// The app without demo data, so tax, promotion and CMS tests start from empty tables and id 1.
    static func withoutDemo() async throws -> TestApp {
        try await make { $0.seedDemo = false }
    }
}
