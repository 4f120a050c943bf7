import MagpieServer

extension GraphQLTestApp {
    /// The server with the demo catalog: 1,000 products, one in five configurable with four sizes.
    static func withCatalog() async throws -> GraphQLTestApp {
        try await make { $0.catalogProfile = "demo" }
    }
}
