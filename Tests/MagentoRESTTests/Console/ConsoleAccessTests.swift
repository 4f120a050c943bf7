import CommerceDomain
import CommerceJobs
import CommerceStorage
import Foundation
import HTTPTypes
import MagentoREST
import MagpieServer
import Testing

@Suite("Console access: roles from the ACL tree, and CSRF on every form")
struct ConsoleAccessTests {
    /// An admin limited to the catalog and webhooks (`magpie/console/acl/<username>`).
    static func withLimitedAdmin(_ body: @escaping @Sendable (ConsoleAgent, TestApp) async throws -> Void) async throws {
        let app = try await TestApp.make()
        _ = try await app.magpie.storage.adminUsers.create(NewAdminUser(
            username: "catalog", email: "catalog@example.com", firstName: "Cat", lastName: "Alog", passwordHash: "test-hash:catalog-pass-1"
        ))
        try await app.magpie.storage.stores.saveConfigValue(ConfigValue(
            scope: .default, scopeId: 0, path: "magpie/console/acl/catalog", value: "Magento_Catalog::catalog, Magpie_Webhooks::manage"
        ))
        try await app.run { session in
            let agent = ConsoleAgent(session)
            let reply10 = try await agent.signIn("catalog", "catalog-pass-1")
            #expect(reply10.status == .seeOther)
            try await body(agent, app)
        }
    }

    @Test("a limited admin is refused with 403 on every page outside its resources")
    func limitedRoleRefused() async throws {
        try await Self.withLimitedAdmin { agent, _ in
            for path in ["/admin/integrations", "/admin/bulks", "/admin/audit", "/admin/audit.csv", "/admin/events", "/admin/faults", "/admin/config"] {
                let page = try await agent.get(path)
                #expect(page.status == .forbidden, "\(path)")
                #expect(page.text.contains("Your role does not include this page."))
            }
        }
    }

    @Test("a limited admin keeps the pages its resources cover")
    func limitedRoleAllowed() async throws {
        try await Self.withLimitedAdmin { agent, _ in
            for path in ["/admin/", "/admin/webhooks", "/admin/explorer"] {
                let page = try await agent.get(path)
                #expect(page.status == .ok, "\(path)")
            }
        }
    }

    @Test("a limited admin's actions are refused too, and the explorer will not send outside its role")
    func limitedRoleActions() async throws {
        try await Self.withLimitedAdmin { agent, _ in
            _ = try await agent.get("/admin/webhooks")
            let create = try await agent.post("/admin/integrations", [("name", "sneaky")])
            #expect(create.status == .forbidden)
            let config = try await agent.post("/admin/config", [("path", "a/b/c"), ("value", "1")])
            #expect(config.status == .forbidden)
            _ = try await agent.get("/admin/explorer")
            let orders = try await agent.post("/admin/explorer/send", [("method", "GET"), ("path", "/V1/orders?searchCriteria=")])
            #expect(orders.status == .forbidden)
            let products = try await agent.post("/admin/explorer/send", [("method", "GET"), ("path", "/V1/products?searchCriteria[pageSize]=1")])
            #expect(products.text.hasPrefix("200\n"))
        }
    }

    @Test("every signed-in form refuses a post without the session's CSRF token, or with another")
    func csrfOnEveryForm() async throws {
        try await ConsolePageTests.signedIn { agent, _ in
            _ = try await agent.get("/admin/")
            let forms = [
                "/admin/integrations", "/admin/integrations/1/activate", "/admin/integrations/1/delete", "/admin/bulks/x/retry",
                "/admin/bulks/x/operations/1/retry", "/admin/webhooks", "/admin/webhooks/1", "/admin/webhooks/1/test",
                "/admin/webhooks/1/delete", "/admin/webhooks/1/deliveries/1/redeliver", "/admin/faults", "/admin/faults/0/delete",
                "/admin/faults/clear", "/admin/config", "/admin/explorer/send", "/admin/logout",
            ]
            for path in forms {
                let missing = try await agent.post(path, withToken: false)
                #expect(missing.status == .forbidden, "\(path) without a token")
                let wrong = try await agent.post(path, csrf: "not-the-token")
                #expect(wrong.status == .forbidden, "\(path) with a wrong token")
            }
            // Still signed in: the refusals changed nothing.
            let reply11 = try await agent.get("/admin/")
            #expect(reply11.status == .ok)
        }
    }
}
