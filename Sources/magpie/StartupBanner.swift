import MagpieServer

/// What `magpie serve` prints once it listens: where it is and how to get a token.
enum StartupBanner {
    static func text(baseURL: String, adminUser: String, created: AdminBootstrap.Created?, startup: Duration) -> String {
        var lines = [
            "Magpie listening on \(baseURL) (ready in \(startup.components.seconds * 1000 + startup.components.attoseconds / 1_000_000_000_000_000) ms)",
            "REST base: \(baseURL)rest/V1/   Swagger: \(baseURL)rest/default/schema?services=all",
        ]
        if let password = created?.generatedPassword {
            lines.append("Created admin user '\(adminUser)' with password: \(password)   (shown once)")
        }
        let password = created?.generatedPassword ?? "<password>"
        lines.append(
            "Get a token: curl -s -X POST \(baseURL)rest/V1/integration/admin/token "
                + "-H 'Content-Type: application/json' -d '{\"username\":\"\(adminUser)\",\"password\":\"\(password)\"}'"
        )
        return lines.joined(separator: "\n")
    }
}
