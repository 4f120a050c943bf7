import ArgumentParser
import Foundation
import MagentoClient

/// How the client commands reach a store; each flag falls back to its `MAGPIE_*` variable.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "Store base URL, e.g. http://127.0.0.1:8080 (MAGPIE_URL).")
    var url: String?

    @Option(help: "Store code in the URL: default, all or a view code (MAGPIE_STORE; none by default).")
    var store: String?

    @Option(help: "Admin user name (MAGPIE_USERNAME); a token is requested and refreshed as needed.")
    var username: String?

    @Option(help: "Admin password (MAGPIE_PASSWORD).")
    var password: String?

    @Option(help: "Integration or admin token sent as Bearer (MAGPIE_TOKEN).")
    var token: String?

    @Option(help: "Attempts per request, the first included (MAGPIE_RETRIES, default 4).")
    var retries: Int?

    @Option(help: "Seconds before the first retry, doubling after each (MAGPIE_RETRY_DELAY, default 1).")
    var retryDelay: Double?

    @Option(help: "Seconds one attempt may take (MAGPIE_TIMEOUT, default 30).")
    var timeout: Double?

    /// A client for the connection described by flags and the environment, `prefix` selecting
    /// variables such as `MAGPIE_FROM_URL` before the plain `MAGPIE_URL`.
    func client(url explicitURL: String? = nil, token explicitToken: String? = nil, prefixes: [String] = []) throws -> MagentoClient {
        let environment = ProcessInfo.processInfo.environment
        func value(_ flag: String?, _ name: String) -> String? {
            if let flag, !flag.isEmpty { return flag }
            for prefix in prefixes + [""] {
                if let found = environment["MAGPIE_\(prefix)\(name)"], !found.isEmpty { return found }
            }
            return nil
        }
        guard let base = value(explicitURL ?? url, "URL") else {
            throw ValidationError("No store URL: pass --url or set MAGPIE_URL.")
        }
        let credentials: MagentoCredentials
        if let token = value(explicitToken ?? token, "TOKEN") {
            credentials = .bearer(token)
        } else if let username = value(username, "USERNAME") {
            guard let password = value(password, "PASSWORD") else {
                throw ValidationError("--username needs --password or MAGPIE_PASSWORD.")
            }
            credentials = .admin(username: username, password: password)
        } else {
            credentials = .none
        }
        let attempts = retries ?? environment["MAGPIE_RETRIES"].flatMap(Int.init) ?? 4
        let seconds = timeout ?? environment["MAGPIE_TIMEOUT"].flatMap(Double.init) ?? 30
        let delay = max(0, retryDelay ?? environment["MAGPIE_RETRY_DELAY"].flatMap(Double.init) ?? 1)
        return MagentoClient(MagentoClientConfiguration(
            baseURL: base, storeCode: value(store, "STORE"), credentials: credentials,
            requestTimeout: .milliseconds(Int64(seconds * 1000)), retry: RetryPolicy(maximumAttempts: attempts, baseDelay: .milliseconds(Int64(delay * 1000))),
            userAgent: "magpie-cli/1"
        ))
    }
}
