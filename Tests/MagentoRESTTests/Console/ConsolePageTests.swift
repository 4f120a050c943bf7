import CommerceDomain
import CommerceJobs
import CommerceStorage
import Foundation
import HTTPTypes
import MagentoREST
import MagpieServer
import Testing

@Suite("Console pages: each answers with its content")
struct ConsolePageTests {
    /// Signs in, then runs `body` with the agent.
    static func signedIn(_ configure: (inout ServerConfiguration) -> Void = { _ in }, _ body: @escaping @Sendable (ConsoleAgent, TestApp) async throws -> Void) async throws {
        let app = try await TestApp.make(configure: configure)
        try await app.run { session in
            let agent = ConsoleAgent(session)
            let signedIn = try await agent.signIn()
            #expect(signedIn.status == .seeOther)
            try await body(agent, app)
        }
    }

    @Test("the dashboard shows counts, the queue, webhook failures and the last hour's traffic")
    func dashboard() async throws {
        try await Self.signedIn { agent, _ in
            let page = try await agent.get("/admin/")
            #expect(page.status == .ok)
            for text in ["store views", "products", "customers", "orders", "operations queued", "webhook failures", "4xx rate", "Latency p95"] {
                #expect(page.text.contains(text), "missing \(text)")
            }
            #expect(page.text.contains(#"<span class="figure">3</span> store views"#))
            #expect(page.headers[.cacheControl] == "no-store")
            #expect(page.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
        }
    }

    @Test("every page of the navigation answers 200 with its heading")
    func navigation() async throws {
        try await Self.signedIn { agent, _ in
            let pages = [
                ("/admin/integrations", "Integrations"), ("/admin/bulks", "Bulk actions"), ("/admin/webhooks", "Webhooks"),
                ("/admin/audit", "Audit log"), ("/admin/events", "Change feed"), ("/admin/faults", "Fault injection"),
                ("/admin/config", "Configuration"), ("/admin/explorer", "API explorer"),
            ]
            for (path, heading) in pages {
                let page = try await agent.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(page.text.contains("<h1>\(heading)</h1>"), "\(path)")
            }
        }
    }

    @Test("the integrations form offers Magento's ACL tree as nested checkboxes")
    func aclTree() async throws {
        try await Self.signedIn { agent, _ in
            let page = try await agent.get("/admin/integrations")
            #expect(page.text.contains(#"value="Magento_Backend::admin""#))
            #expect(page.text.contains(#"value="Magento_Catalog::products""#))
            #expect(page.text.contains(#"value="Magpie_Webhooks::manage""#))
        }
    }

    @Test("the explorer lists every endpoint with its ACL resource")
    func explorer() async throws {
        try await Self.signedIn { agent, app in
            let page = try await agent.get("/admin/explorer")
            #expect(page.text.contains("\(app.magpie.endpoints.count) operations"))
            #expect(page.text.contains(#"data-method="GET" data-path="/V1/products/:sku""#))
            #expect(page.text.contains("Magento_Catalog::products"))
            #expect(page.text.contains("/admin/static/explorer.js"))
        }
    }

    @Test("the stylesheet, scripts and /swagger are served by Magpie without a session")
    func assets() async throws {
        try await TestApp.make().run { session in
            let css = try await session.send(.get, "/admin/static/console.css", contentType: nil)
            #expect(css.status == .ok)
            #expect(css.contentType == "text/css; charset=utf-8")
            let script = try await session.send(.get, "/admin/static/swagger.js", contentType: nil)
            #expect(script.contentType == "text/javascript; charset=utf-8")
            let swagger = try await session.send(.get, "/swagger", contentType: nil)
            #expect(swagger.status == .ok)
            #expect(swagger.text.contains(#"data-schema="/rest/default/schema?services=all""#))
            #expect(!swagger.text.contains("http://") && !swagger.text.contains("https://"))
        }
    }

    @Test("an unknown console page is 404")
    func unknownPage() async throws {
        try await Self.signedIn { agent, _ in
            let reply12 = try await agent.get("/admin/nowhere")
            #expect(reply12.status == .notFound)
        }
    }

    @Test("tables page: the bulk log shows one page of twenty and links to the next")
    func paging() async throws {
        try await Self.signedIn { agent, app in
            for index in 0..<25 {
                try await app.magpie.storage.bulks.schedule(NewBulk(
                    uuid: "bulk-\(index)", userType: 2, userId: 1, description: "Bulk \(index)", operations: []
                ))
            }
            let first = try await agent.get("/admin/bulks")
            #expect(first.text.contains("Page 1 of 2 · 25 in all"))
            #expect(first.text.contains("bulk-24") && !first.text.contains("bulk-4<"))
            #expect(first.text.contains("/admin/bulks?page=2&amp;size=20"))
            let second = try await agent.get("/admin/bulks?page=2&size=20")
            #expect(second.text.contains("bulk-0<") && !second.text.contains("bulk-24"))
        }
    }
}
