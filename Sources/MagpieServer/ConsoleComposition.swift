import CommerceDomain
import CommerceStorage
import MagentoREST
import Foundation
import MagpieConsole

/// The web console, given the REST pipeline it acts through and the ports REST has no route for.
enum ConsoleComposition {
    /// An admin user's console role: `magpie/console/acl/<username>` in `core_config_data`
    /// (default scope), a comma-separated list of ACL resources. Without it the user holds
    /// `Magento_Backend::all`, as every admin does over REST.
    static let rolePathPrefix = "magpie/console/acl/"

    static func console(
        _ configuration: ServerConfiguration, storage: Storage, responder: MagentoResponder, endpoints: [Endpoint],
        metrics: MagpieMetrics, clock: any CommerceClock
    ) async throws -> ConsoleResponder {
        let key = try await storage.secrets.secret(named: "console_session_key", orStore: MagpieApplication.randomSecret())
        let stores = storage.stores
        let services = ConsoleServices(
            api: responder, endpoints: endpoints, bulks: storage.bulks,
            bulkRetry: BulkRetryService(bulks: storage.bulks, clock: clock), stores: stores, metrics: metrics,
            clock: clock, sessionKey: key, signOuts: storage.consoleSignOuts
        ) { username in
            let path = rolePathPrefix + username.lowercased()
            guard let role = try await stores.configValues().first(where: { $0.scope == .default && $0.path == path }) else {
                return nil
            }
            return role.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return try ConsoleResponder(
            settings: ConsoleSettings(
                prefix: configuration.consolePath, idleTimeout: configuration.consoleIdleMinutes * 60,
                servedOverHTTPS: configuration.baseURL().hasPrefix("https:"),
                trustForwardedProto: !configuration.rateLimits.trustedProxies.isEmpty
            ),
            services: services
        )
    }
}
