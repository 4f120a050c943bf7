import HTTPTypes
import MagpieServer
import MagentoWire
import Testing

@Suite("Snapshot routes: /V1/magpie/snapshots")
struct SnapshotRouteTests {
    @Test("save, change, restore: rows, new rows and ids are as they were; list and delete", arguments: StorageEngine.all)
    func saveRestoreListDelete(engine: StorageEngine) async throws {
        try await SnapshotSession.run(on: engine) { session, token in
            try await session.makeProduct("SNAP-1", price: "10", token: token)
            let saved = try await session.saveSnapshot("base", token: token)
            #expect(saved.status == .ok)
            #expect(saved.text == #"{"name":"base","created_at":"2026-09-21 14:13:20"}"#)
            _ = try await session.send(.put, "/rest/V1/products/SNAP-1", token: token, body: #"{"product":{"price":20}}"#)
            try await session.makeProduct("SNAP-2", token: token)

            let restored = try await session.restoreSnapshot("base", token: token)
            #expect(restored.status == .ok)
            #expect(restored.text == "true")
            #expect(try await session.get("/rest/V1/products/SNAP-1?fields=id,price", token: token).text == #"{"id":1,"price":10}"#)
            #expect(try await session.get("/rest/V1/products/SNAP-2", token: token).status == .notFound)
            // Ids go on from where the snapshot left them, as if the later writes never happened.
            try await session.makeProduct("SNAP-3", token: token)
            #expect(try await session.get("/rest/V1/products/SNAP-3?fields=id", token: token).text == #"{"id":2}"#)

            let listed = try await session.get("/rest/V1/magpie/snapshots", token: token)
            #expect(listed.text == #"[{"name":"base","created_at":"2026-09-21 14:13:20"}]"#)
            #expect(try await session.send(.delete, "/rest/V1/magpie/snapshots/base", token: token).text == "true")
            #expect(try await session.get("/rest/V1/magpie/snapshots", token: token).text == "[]")
            let gone = try await session.restoreSnapshot("base", token: token)
            #expect(gone.status == .notFound)
            #expect(gone.text == #"{"message":"No snapshot is named \"%1\".","parameters":["base"]}"#)
        }
    }

    @Test("saving under a taken name replaces the snapshot", arguments: StorageEngine.all)
    func saveReplaces(engine: StorageEngine) async throws {
        try await SnapshotSession.run(on: engine) { session, token in
            try await session.saveSnapshot("s", token: token)
            try await session.makeProduct("LATER", token: token)
            try await session.saveSnapshot("s", token: token)
            _ = try await session.send(.delete, "/rest/V1/products/LATER", token: token)
            try await session.restoreSnapshot("s", token: token)
            #expect(try await session.get("/rest/V1/products/LATER?fields=sku", token: token).text == #"{"sku":"LATER"}"#)
            #expect(try await session.get("/rest/V1/magpie/snapshots", token: token).json?.arrayValue?.count == 1)
        }
    }

    @Test("concurrent reads during restores see one snapshot's rows or the other's, never a mix", arguments: StorageEngine.all)
    func restoreUnderConcurrentReads(engine: StorageEngine) async throws {
        try await SnapshotSession.run(on: engine) { session, token in
            for sku in ["PAIR-1", "PAIR-2"] { try await session.makeProduct(sku, price: "10", token: token) }
            try await session.saveSnapshot("tens", token: token)
            for sku in ["PAIR-1", "PAIR-2"] {
                _ = try await session.send(.put, "/rest/V1/products/\(sku)", token: token, body: #"{"product":{"price":20}}"#)
            }
            try await session.saveSnapshot("twenties", token: token)
            let search = "/rest/V1/products?searchCriteria[filterGroups][0][filters][0][field]=sku&searchCriteria[filterGroups][0][filters][0][value]=PAIR-%25&searchCriteria[filterGroups][0][filters][0][condition_type]=like&fields=items[price]"
            let seen = try await withThrowingTaskGroup(of: [String].self) { group in
                group.addTask {
                    for round in 0..<6 {
                        let reply = try await session.restoreSnapshot(round % 2 == 0 ? "tens" : "twenties", token: token)
                        #expect(reply.status == .ok)
                    }
                    return []
                }
                for _ in 0..<4 {
                    group.addTask {
                        var answers: [String] = []
                        for _ in 0..<15 { answers.append(try await session.get(search, token: token).text) }
                        return answers
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            let whole: Set = [#"{"items":[{"price":10},{"price":10}]}"#, #"{"items":[{"price":20},{"price":20}]}"#]
            #expect(seen.count == 60)
            #expect(seen.allSatisfy { whole.contains($0) }, "mixed answers: \(Set(seen).subtracting(whole))")
            #expect(try await session.get(search, token: token).text == #"{"items":[{"price":20},{"price":20}]}"#)
        }
    }

    @Test("a restore while the queue runs a bulk drops the bulk: none of its products is left", arguments: StorageEngine.all)
    func restoreWhileBulkRuns(engine: StorageEngine) async throws {
        try await SnapshotSession.run(on: engine) { session, token, magpie in
            try await session.saveSnapshot("empty", token: token)
            let products = (1...30).map { #"{"product":{"sku":"BULK-\#($0)","name":"Bulk \#($0)","price":1,"attribute_set_id":4}}"# }
            let accepted = try await session.send(.post, "/rest/async/bulk/V1/products", token: token, body: "[" + products.joined(separator: ",") + "]")
            #expect(accepted.status == .accepted)
            let uuid = accepted.json?["bulk_uuid"]?.stringValue ?? ""
            async let drained: Void = magpie.worker.drain()
            let restored = try await session.restoreSnapshot("empty", token: token)
            try await drained
            try await magpie.worker.drain()
            #expect(restored.status == .ok)
            let status = try await session.get("/rest/V1/bulk/\(uuid)/status", token: token)
            #expect(status.status == .notFound)
            let count = try await session.get("/rest/V1/products?searchCriteria[pageSize]=1&fields=total_count", token: token)
            #expect(count.text == #"{"total_count":0}"#)
        }
    }

    @Test("a bad name is a 400, an unknown snapshot a 404, and a missing name Magento's required-field error")
    func invalidInput() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let bad = try await session.saveSnapshot("../etc", token: token)
            #expect(bad.status == .badRequest)
            #expect(bad.text == #"{"message":"Invalid snapshot name \"%1\": use 1 to 40 letters, digits, \"_\" or \"-\".","parameters":["../etc"]}"#)
            let unknown = try await session.send(.delete, "/rest/V1/magpie/snapshots/nothing", token: token)
            #expect(unknown.status == .notFound)
            #expect(unknown.text == #"{"message":"No snapshot is named \"%1\".","parameters":["nothing"]}"#)
            let missing = try await session.send(.post, "/rest/V1/magpie/snapshots", token: token, body: "{}")
            #expect(missing.status == .badRequest)
            #expect(missing.text == #"{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"name"}}"#)
        }
    }

    @Test("a restore has no /async form: queued, it would wait for the batch running it")
    func restoreNotQueueable() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.saveSnapshot("s", token: token)
            let queued = try await session.send(.post, "/rest/async/V1/magpie/snapshots/s/restore", token: token)
            #expect(queued.status == .notFound)
            #expect(queued.text == #"{"message":"Request does not match any route."}"#)
            #expect(try await session.send(.post, "/rest/async/V1/magpie/snapshots", token: token, body: #"{"name":"t"}"#).status == .accepted)
        }
    }

    @Test("the snapshot routes need Magpie_Snapshots::manage and refuse a guest with Magento's 401")
    func guestRefused() async throws {
        try await TestApp.make().run { session in
            for (method, path) in [(HTTPRequest.Method.get, ""), (.post, ""), (.post, "/s/restore"), (.delete, "/s")] {
                let reply = try await session.send(method, "/rest/V1/magpie/snapshots" + path, body: method == .post ? #"{"name":"s"}"# : nil)
                #expect(reply.status == .unauthorized)
                #expect(reply.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magpie_Snapshots::manage"}}"#)
            }
        }
    }
}
