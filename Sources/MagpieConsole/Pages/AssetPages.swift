import CommerceDomain
import Foundation
import HTTPTypes
import MagentoREST
import MagentoWire

/// The stylesheet, the explorer's and the Swagger viewer's scripts, and `/swagger`: all served by
/// Magpie itself, so the console fetches nothing from elsewhere.
enum AssetPages {
    static let all: [GuestPage] = [
        GuestPage(.get, "/static/console.css") { _ in (.asset(ConsoleAssets.stylesheet, contentType: "text/css; charset=utf-8"), []) },
        GuestPage(.get, "/static/explorer.js") { _ in (.asset(ConsoleAssets.explorerScript, contentType: "text/javascript; charset=utf-8"), []) },
        GuestPage(.get, "/static/swagger.js") { _ in (.asset(ConsoleAssets.swaggerScript, contentType: "text/javascript; charset=utf-8"), []) },
        // Magento serves its Swagger UI at `/swagger`; ours reads the same document.
        GuestPage(.get, "/swagger") { call in
            (call.render("swagger", ["title": "Swagger", "schema": "/rest/default/schema?services=all"]), [])
        },
    ]
}
