import MagentoClient

/// Clients over scripted transports, with retries fast enough for unit tests.
enum ClientFixtures {
    static let fastRetry = RetryPolicy(maximumAttempts: 4, baseDelay: .milliseconds(1), jitter: 0.2)

    static func client(
        _ transport: ScriptedTransport, credentials: MagentoCredentials = .bearer("integration-token"),
        retry: RetryPolicy = fastRetry, storeCode: String? = nil
    ) -> MagentoClient {
        MagentoClient(
            MagentoClientConfiguration(baseURL: "http://store.test", storeCode: storeCode, credentials: credentials, retry: retry),
            transport: transport
        )
    }
}
