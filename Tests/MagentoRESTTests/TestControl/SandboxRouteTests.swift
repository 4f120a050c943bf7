import HTTPTypes
import MagentoWire
import MagpieServer
import Testing

@Suite("Sandboxes: X-Magpie-Sandbox and /sandbox/<name>")
struct SandboxRouteTests {
    @Test("a product written in one sandbox is seen there only: not in another, not in the main store")
    func dataIsolated() async throws {
        try await TestApp.make().run { session in
            let a = try await session.adminToken(sandbox: "a")
            try await session.makeProduct("ONLY-A", token: a, sandbox: "a")
            #expect(try await session.send(.get, "/rest/V1/products/ONLY-A?fields=sku", token: a, headers: ["X-Magpie-Sandbox": "a"]).text == #"{"sku":"ONLY-A"}"#)
            let b = try await session.adminToken(sandbox: "b")
            #expect(try await session.send(.get, "/rest/V1/products/ONLY-A", token: b, headers: ["X-Magpie-Sandbox": "b"]).status == .notFound)
            #expect(try await session.get("/rest/V1/products/ONLY-A", token: try await session.adminToken()).status == .notFound)
        }
    }

    @Test("a token taken in one sandbox is refused by another sandbox and by the main store")
    func tokensIsolated() async throws {
        try await TestApp.make().run { session in
            let a = try await session.adminToken(sandbox: "a")
            #expect(try await session.send(.get, "/rest/V1/modules", token: a, headers: ["X-Magpie-Sandbox": "a"]).status == .ok)
            #expect(try await session.send(.get, "/rest/V1/modules", token: a, headers: ["X-Magpie-Sandbox": "b"]).status == .unauthorized)
            #expect(try await session.get("/rest/V1/modules", token: a).status == .unauthorized)
        }
    }

    @Test("the /sandbox/<name> prefix selects the same sandbox as the header")
    func urlPrefix() async throws {
        try await TestApp.make().run { session in
            let a = try await session.adminToken(sandbox: "a")
            try await session.makeProduct("PREFIXED", token: a, sandbox: "a")
            let reply = try await session.get("/sandbox/a/rest/V1/products/PREFIXED?fields=sku", token: a)
            #expect(reply.status == .ok)
            #expect(reply.text == #"{"sku":"PREFIXED"}"#)
            #expect(try await session.get("/sandbox/b/rest/V1/products/PREFIXED", token: a).status == .unauthorized)
        }
    }

    @Test("a new sandbox starts from the snapshot it names; an unknown snapshot is a 404")
    func fromSnapshot() async throws {
        try await TestApp.make().run { session in
            let admin = try await session.adminToken()
            try await session.makeProduct("SEEDED", token: admin)
            try await session.saveSnapshot("seeded", token: admin)
            _ = try await session.send(.delete, "/rest/V1/products/SEEDED", token: admin)
            let headers = ["X-Magpie-Sandbox": "s", "X-Magpie-Sandbox-Snapshot": "seeded"]
            let token = try await session.adminToken(sandbox: "s", snapshot: "seeded")
            #expect(try await session.send(.get, "/rest/V1/products/SEEDED?fields=sku", token: token, headers: headers).text == #"{"sku":"SEEDED"}"#)
            let unknown = try await session.send(.get, "/rest/V1/modules", headers: ["X-Magpie-Sandbox": "t", "X-Magpie-Sandbox-Snapshot": "nothing"])
            #expect(unknown.status == .notFound)
            #expect(unknown.text == #"{"message":"No snapshot is named \"%1\".","parameters":["nothing"]}"#)
        }
    }

    @Test("each sandbox has its own queue: a bulk accepted in one runs there only")
    func queuesIsolated() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let a = try await session.adminToken(sandbox: "a")
            let accepted = try await session.send(.post, "/rest/async/bulk/V1/products", token: a, body: #"[{"product":{"sku":"QUEUED","name":"Queued","price":1,"attribute_set_id":4}}]"#, headers: ["X-Magpie-Sandbox": "a"])
            #expect(accepted.status == .accepted)
            let uuid = accepted.json?["bulk_uuid"]?.stringValue ?? ""
            try await app.magpie.worker.drain()
            #expect(try await session.send(.get, "/rest/V1/products/QUEUED", token: a, headers: ["X-Magpie-Sandbox": "a"]).status == .notFound)
            let sandbox = try #require(app.magpie.sandboxes)
            try await sandbox.application(named: "a", from: nil).worker.drain()
            #expect(try await session.send(.get, "/rest/V1/products/QUEUED?fields=sku", token: a, headers: ["X-Magpie-Sandbox": "a"]).text == #"{"sku":"QUEUED"}"#)
            let b = try await session.adminToken(sandbox: "b")
            #expect(try await session.send(.get, "/rest/V1/bulk/\(uuid)/status", token: b, headers: ["X-Magpie-Sandbox": "b"]).status == .notFound)
        }
    }

    @Test("the clock is per sandbox: freezing one leaves the main store's running")
    func clockIsolated() async throws {
        try await TestApp.make().run { session in
            let a = try await session.adminToken(sandbox: "a")
            let frozen = try await session.send(.put, "/rest/V1/magpie/clock", token: a, body: #"{"action":"freeze","time":"2026-09-21 15:00:00"}"#, headers: ["X-Magpie-Sandbox": "a"])
            #expect(frozen.text == #"{"mode":"frozen","now":"2026-09-21 15:00:00"}"#)
            #expect(try await session.get("/rest/V1/magpie/clock", token: try await session.adminToken()).text == #"{"mode":"real","now":"2026-09-21 14:13:20","offset_seconds":0}"#)
        }
    }

    @Test("past the limit a new sandbox is refused with a 400; deleting one makes room")
    func limit() async throws {
        try await TestApp.make(configure: { $0.sandboxLimit = 2 }).run { session in
            _ = try await session.adminToken(sandbox: "one")
            _ = try await session.adminToken(sandbox: "two")
            let refused = try await session.send(.get, "/rest/V1/directory/countries/DE", headers: ["X-Magpie-Sandbox": "three"])
            #expect(refused.status == .badRequest)
            #expect(refused.text == #"{"message":"This server holds %1 sandboxes already, its limit: delete one or let an idle one expire.","parameters":["2"]}"#)
            let admin = try await session.adminToken()
            #expect(try await session.send(.delete, "/rest/V1/magpie/sandboxes/one", token: admin).text == "true")
            #expect(try await session.send(.get, "/rest/V1/directory/countries/DE", headers: ["X-Magpie-Sandbox": "three"]).status == .ok)
        }
    }

    @Test("GET lists the sandboxes; an idle one is deleted once the main clock passes the idle limit")
    func listAndIdleEviction() async throws {
        try await TestApp.make(configure: { $0.sandboxIdleSeconds = 600 }).run { session in
            let a = try await session.adminToken(sandbox: "a")
            try await session.makeProduct("GONE", token: a, sandbox: "a")
            let admin = try await session.adminToken()
            #expect(try await session.get("/rest/V1/magpie/sandboxes", token: admin).text == #"[{"name":"a","last_used_at":"2026-09-21 14:13:20"}]"#)
            try await session.setClock(#"{"action":"advance","seconds":601}"#, token: admin)
            // Any sandbox request sweeps: this one creates b and deletes a.
            _ = try await session.adminToken(sandbox: "b")
            #expect(try await session.get("/rest/V1/magpie/sandboxes?fields=name", token: admin).text == #"[{"name":"b"}]"#)
            let fresh = try await session.adminToken(sandbox: "a")
            #expect(try await session.send(.get, "/rest/V1/products/GONE", token: fresh, headers: ["X-Magpie-Sandbox": "a"]).status == .notFound)
        }
    }

    @Test("on PostgreSQL a sandbox request is a 400 saying sandboxes need SQLite; the main store answers on",
          arguments: StorageEngine.all.filter { if case .postgres = $0 { true } else { false } })
    func postgresRefuses(engine: StorageEngine) async throws {
        try await TestApp.run(on: engine) { session, _ in
            let refused = try await session.send(.get, "/rest/V1/directory/countries/DE", headers: ["X-Magpie-Sandbox": "a"])
            #expect(refused.status == .badRequest)
            #expect(refused.text == #"{"message":"Sandboxes need a SQLite database; this server runs on PostgreSQL."}"#)
            #expect(try await session.get("/rest/V1/directory/countries/DE").status == .ok)
        }
    }

    @Test("deleting an unknown sandbox is a 404, a bad name a 400, and a guest gets Magento's 401")
    func errors() async throws {
        try await TestApp.make().run { session in
            let admin = try await session.adminToken()
            let unknown = try await session.send(.delete, "/rest/V1/magpie/sandboxes/nothing", token: admin)
            #expect(unknown.status == .notFound)
            #expect(unknown.text == #"{"message":"No sandbox is named \"%1\".","parameters":["nothing"]}"#)
            let bad = try await session.send(.get, "/rest/V1/modules", headers: ["X-Magpie-Sandbox": "no way"])
            #expect(bad.status == .badRequest)
            #expect(bad.text == #"{"message":"Invalid sandbox name \"%1\": use 1 to 40 letters, digits, \"_\" or \"-\".","parameters":["no way"]}"#)
            let guest = try await session.get("/rest/V1/magpie/sandboxes")
            #expect(guest.status == .unauthorized)
            #expect(guest.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magpie_Sandboxes::manage"}}"#)
        }
    }
}

extension TestSession {
    /// An admin token taken inside sandbox `sandbox` (created from `snapshot` when new).
    func adminToken(sandbox: String, snapshot: String? = nil) async throws -> String {
        var headers = ["X-Magpie-Sandbox": sandbox]
        if let snapshot { headers["X-Magpie-Sandbox-Snapshot"] = snapshot }
        let reply = try await send(
            .post, "/rest/V1/integration/admin/token", body: #"{"username":"admin","password":"\#(TestApp.adminPassword)"}"#, headers: headers
        )
        #expect(reply.status == .ok)
        return reply.json?.stringValue ?? ""
    }

    func makeProduct(_ sku: String, token: String, sandbox: String) async throws {
        let reply = try await send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"\#(sku)","name":"Item \#(sku)","price":10,"type_id":"simple","attribute_set_id":4}}"#, headers: ["X-Magpie-Sandbox": sandbox])
        #expect(reply.status == .ok)
    }
}
