import CommerceDomain
import CommerceJobs
import CommerceStorage
import Foundation
import HTTPTypes
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("Console actions: each does what the REST call of the same name does")
struct ConsoleActionTests {
    /// The text of the element with this id (`<code id="access-token">…</code>`).
    static func code(_ id: String, in html: String) -> String? {
        guard let range = html.range(of: "id=\"\(id)\">") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "<" })
    }

    @Test("creating an integration shows its keys once; activating it issues a token REST accepts; deleting revokes it")
    func integrationLifecycle() async throws {
        try await ConsolePageTests.signedIn { agent, _ in
            _ = try await agent.get("/admin/integrations")
            let created = try await agent.post("/admin/integrations", [
                ("name", "ERP"), ("email", "erp@example.com"), ("resources", "Magento_Catalog::products"),
            ])
            #expect(created.status == .ok)
            #expect(Self.code("consumer-key", in: created.text)?.count == 32)
            let id = try #require(created.text.range(of: #"/admin/integrations/(\d+)/activate"#, options: .regularExpression))
            let path = String(created.text[id])
            let activated = try await agent.post(path)
            let token = try #require(Self.code("access-token", in: activated.text))
            let products = try await agent.session.get("/rest/V1/products?searchCriteria[pageSize]=1", token: token)
            #expect(products.status == .ok)
            let denied = try await agent.session.get("/rest/V1/orders?searchCriteria[pageSize]=1", token: token)
            #expect(denied.status == .unauthorized)
            let list = try await agent.get("/admin/integrations")
            #expect(list.text.contains("ERP") && !list.text.contains(token))
            let rotated = try await agent.post(path)
            let newToken = try #require(Self.code("access-token", in: rotated.text))
            #expect(newToken != token)
            let reply7 = try await agent.session.get("/rest/V1/products?searchCriteria[pageSize]=1", token: token)
            #expect(reply7.status == .unauthorized)
            let deleted = try await agent.post(path.replacingOccurrences(of: "/activate", with: "/delete"))
            #expect(deleted.status == .seeOther)
            let reply8 = try await agent.session.get("/rest/V1/products?searchCriteria[pageSize]=1", token: newToken)
            #expect(reply8.status == .unauthorized)
        }
    }

    @Test("a failed bulk operation is listed with its error and retried: queued again, then run by the worker")
    func bulkRetry() async throws {
        try await ConsolePageTests.signedIn { agent, app in
            let token = try await agent.session.adminToken()
            let reply = try await agent.session.send(
                .post, "/rest/async/bulk/V1/inventory/sources", token: token,
                body: #"[{"source":{"source_code":"eu","name":"EU","country_id":"DE","postcode":"10115"}},{"source":{"source_code":"bad code"}}]"#
            )
            let uuid = try #require(reply.json?["bulk_uuid"]?.stringValue)
            try await app.magpie.worker.drain()
            let log = try await agent.get("/admin/bulks")
            #expect(log.text.contains(uuid))
            #expect(log.text.contains(#"<td class="failed">1</td>"#))
            let bulk = try await agent.get("/admin/bulks/\(uuid)")
            #expect(bulk.text.contains("Validation Failed"))
            let retry = try #require(bulk.text.range(of: #"/admin/bulks/[^/]+/operations/\d+/retry"#, options: .regularExpression))
            let notFailed = try await agent.post(String(bulk.text[retry]).replacingOccurrences(of: #"/operations/\d+/"#, with: "/operations/1/", options: .regularExpression))
            #expect(notFailed.location?.contains("problem=") == true)
            let retried = try await agent.post(String(bulk.text[retry]))
            #expect(retried.location?.contains("notice=") == true)
            let open = try await agent.session.get("/rest/V1/bulk/\(uuid)/operation-status/4", token: token)
            #expect(open.text == "1")
            try await app.magpie.worker.drain()
            let failedAgain = try await agent.session.get("/rest/V1/bulk/\(uuid)/operation-status/3", token: token)
            #expect(failedAgain.text == "1")
        }
    }

    @Test("a webhook is created, tested, its delivery shown and redelivered, then deleted")
    func webhooks() async throws {
        let transport = RecordingTransport()
        let app = try await TestApp.make(webhookTransport: transport)
        try await app.run { session in
            let agent = ConsoleAgent(session)
            try await agent.signIn()
            _ = try await agent.get("/admin/webhooks")
            let created = try await agent.post("/admin/webhooks", [("name", "Receiver"), ("url", "http://127.0.0.1:9/hook"), ("topics", "*"), ("active", "1")])
            let location = try #require(created.location)
            let page = String(location.prefix { $0 != "?" })
            _ = try await agent.get(page)
            let tested = try await agent.post(page + "/test")
            #expect(tested.location?.contains("notice=") == true)
            try await app.magpie.webhooks.drain()
            #expect(transport.sent.count == 1)
            let deliveries = try await agent.get(page)
            #expect(deliveries.text.contains("webhook.test"))
            let redeliver = try #require(deliveries.text.range(of: #"/admin/webhooks/\d+/deliveries/\d+/redeliver"#, options: .regularExpression))
            let detailPath = String(deliveries.text[redeliver]).replacingOccurrences(of: "/redeliver", with: "")
            let detail = try await agent.get(detailPath)
            #expect(detail.status == .ok)
            #expect(detail.text.contains("Magpie-Delivery-Id"))
            #expect(detail.text.contains("t=&lt;unix time of the attempt&gt;,v1="))
            #expect(detail.text.contains("webhook.test"))
            let redelivered = try await agent.post(String(deliveries.text[redeliver]))
            #expect(redelivered.location?.contains("notice=") == true)
            try await app.magpie.webhooks.drain()
            #expect(transport.sent.count == 2)
            let edited = try await agent.post(page, [("name", "Renamed"), ("url", "http://127.0.0.1:9/hook"), ("topics", "product.*")])
            #expect(edited.location?.contains("notice=") == true)
            #expect(try await agent.get(page).text.contains("Renamed"))
            let deleted = try await agent.post(page + "/delete")
            #expect(deleted.location == "/admin/webhooks?notice=Subscription%20deleted.")
        }
    }

    @Test("the audit log filters by method, path and status, and exports the same rows as CSV")
    func auditFilterAndExport() async throws {
        try await ConsolePageTests.signedIn { agent, app in
            let token = try await agent.session.adminToken()
            _ = try await agent.session.get("/rest/V1/products/no-such-sku", token: token)
            _ = try await agent.session.get("/rest/V1/store/websites", token: token)
            try await app.magpie.auditWriter.flush()
            let page = try await agent.get("/admin/audit?method=GET&path=no-such&status=404")
            #expect(page.text.contains("/rest/V1/products/no-such-sku"))
            #expect(!page.text.contains("/rest/V1/store/websites"))
            let csv = try await agent.get("/admin/audit.csv?method=GET&path=no-such&status=404")
            #expect(csv.status == .ok)
            #expect(csv.contentType == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition] == #"attachment; filename="magpie-audit.csv""#)
            let lines = csv.text.split(separator: "\r\n")
            #expect(lines.count == 2)
            #expect(lines.last?.contains("/rest/V1/products/no-such-sku") == true)
            let timed = try await agent.get("/admin/audit?from=2000-01-01T00:00&to=2001-01-01T00:00")
            #expect(timed.text.contains("No calls match."))
        }
    }

    @Test("the audit log pages newest first, Next by keyset (before=), with the count and where it stops")
    func auditPaging() async throws {
        try await ConsolePageTests.signedIn { agent, app in
            let token = try await agent.session.adminToken()
            for sku in ["paged-1", "paged-2", "paged-3"] {
                _ = try await agent.session.get("/rest/V1/products/\(sku)", token: token)
            }
            try await app.magpie.auditWriter.flush()
            let first = try await agent.get("/admin/audit?path=paged-&size=2")
            #expect(first.text.contains("/rest/V1/products/paged-3") && first.text.contains("/rest/V1/products/paged-2"))
            #expect(!first.text.contains("/rest/V1/products/paged-1"))
            #expect(first.text.contains("Page 1 of 2 · 3 in all"))
            let next = try #require(first.text.firstMatch(of: /href="([^"]*before=\d+)"/)?.1)
            let second = try await agent.get(String(next).replacingOccurrences(of: "&amp;", with: "&"))
            #expect(second.text.contains("/rest/V1/products/paged-1"))
            #expect(!second.text.contains("/rest/V1/products/paged-2"))
            #expect(second.text.contains("Page 2 of 2 · 3 in all"))
            #expect(!second.text.contains("before="))
        }
    }

    @Test("a fault rule is added at run time, fires on REST, shows its hits, and is removed")
    func faults() async throws {
        try await ConsolePageTests.signedIn { agent, _ in
            _ = try await agent.get("/admin/faults")
            let added = try await agent.post("/admin/faults", [
                ("name", "stores-down"), ("method", "GET"), ("path", "/V1/store/websites"), ("rate", "1"), ("action", "status"), ("status", "503"),
            ])
            #expect(added.location?.contains("notice=") == true)
            let reply9 = try await agent.session.get("/rest/V1/store/websites")
            #expect(reply9.status == .serviceUnavailable)
            let page = try await agent.get("/admin/faults")
            #expect(page.text.contains("stores-down"))
            #expect(page.text.contains("<td>1</td><td>1</td>"))
            _ = try await agent.post("/admin/faults/0/delete")
            #expect(try await agent.get("/admin/faults").text.contains("No rules"))
        }
    }

    @Test("a configuration value is saved at a scope and listed; removing it deletes the row")
    func configuration() async throws {
        try await ConsolePageTests.signedIn { agent, app in
            _ = try await agent.get("/admin/config")
            let saved = try await agent.post("/admin/config", [("path", "general/locale/timezone"), ("scope", "default"), ("scope_id", "0"), ("value", "Europe/Paris")])
            #expect(saved.location?.contains("notice=") == true)
            let stored = try await app.magpie.storage.stores.configValues()
            #expect(stored.contains { $0.path == "general/locale/timezone" && $0.value == "Europe/Paris" })
            #expect(try await agent.get("/admin/config?scope=default").text.contains("Europe/Paris"))
            _ = try await agent.post("/admin/config", [("path", "general/locale/timezone"), ("scope", "default"), ("scope_id", "0"), ("delete", "1")])
            #expect(try await app.magpie.storage.stores.configValues().contains { $0.path == "general/locale/timezone" } == false)
        }
    }

    @Test("the explorer sends a request with the session's token and returns the answer")
    func explorerSends() async throws {
        try await ConsolePageTests.signedIn { agent, _ in
            _ = try await agent.get("/admin/explorer")
            let reply = try await agent.post("/admin/explorer/send", [("method", "GET"), ("path", "/V1/store/websites")])
            #expect(reply.status == .ok)
            #expect(reply.text.hasPrefix("200\n["))
        }
    }
}
