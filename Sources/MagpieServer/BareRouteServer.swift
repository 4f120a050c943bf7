import Hummingbird
import Logging
import UnixSignals

/// A bare Hummingbird JSON route: the yardstick benchmarks divide every Magpie figure by,
/// measured in the same run on the same machine.
public enum BareRouteServer {
    struct Body: ResponseEncodable {
        var id: Int
        var sku: String
        var name: String
        var price: Double
    }

    /// Serves `GET /bare` on `host:port` until SIGTERM or SIGINT.
    public static func run(host: String, port: Int, logger: Logger) async throws {
        let router = Router()
        router.get("bare") { _, _ in
            Body(id: 1, sku: "BARE-1", name: "Bare route", price: 12.5)
        }
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "bare"),
            logger: logger
        )
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
