import CommerceDomain
import Foundation
import HTTPTypes
import MagentoREST
import MagentoWire

/// Fault injection at run time: the rules in force with their counters, add and remove a rule,
/// clear all. REST replaces the whole rule set at once, so adding or removing one is a read,
/// a change, and a `PUT` of the lot (which starts the counters again, as REST documents).
enum FaultPages {
    static let all = [
        ConsolePage(.get, "/faults", access: .route(.get, "/V1/magpie/faults")) { call in
            let answer = try await call.api.get("/rest/V1/magpie/faults")
            let rules = (answer.json?["rules"]?.arrayValue ?? []).enumerated().map { index, rule -> Any in
                var row = rule.templateValue as? [String: Any] ?? [:]
                row["index"] = String(index)
                return row
            }
            return call.page("faults", title: "Fault injection", ["rules": rules])
        },
        ConsolePage(.post, "/faults", access: .route(.put, "/V1/magpie/faults")) { call in
            let action = call.form["action"] ?? "status"
            var rule: [(String, JSONValue)] = [("action", .string(action))]
            for name in ["name", "method", "path"] { if let value = call.form[name] { rule.append((name, .string(value))) } }
            // Only the field the chosen action reads: REST refuses a rule carrying another's.
            let own = ["status": "status", "latency": "ms", "rate_limit": "retry_after", "hang": "seconds"][action]
            for name in ["rate", "limit"] + (own.map { [$0] } ?? []) {
                if let value = call.form[name], Double(value) != nil { rule.append((name, .number(value))) }
            }
            return try await replace(call) { $0 + [.object(JSONObject(rule))] }
        },
        ConsolePage(.post, "/faults/:index/delete", access: .route(.put, "/V1/magpie/faults")) { call in
            let index = Int(call.parameter("index")) ?? -1
            return try await replace(call) { rules in rules.enumerated().filter { $0.offset != index }.map(\.element) }
        },
        ConsolePage(.post, "/faults/clear", access: .route(.delete, "/V1/magpie/faults")) { call in
            let answer = try await call.api.send(.delete, "/rest/V1/magpie/faults")
            return answer.succeeded ? call.redirect("/faults", notice: "All rules removed.") : call.redirect("/faults", problem: answer.message)
        },
    ]

    static func replace(_ call: ConsoleCall, _ change: ([JSONValue]) -> [JSONValue]) async throws -> ConsoleReply {
        let current = try await call.api.get("/rest/V1/magpie/faults").json
        // Counters are reports, not settings: the PUT takes the rules without them.
        let rules = (current?["rules"]?.arrayValue ?? []).map { rule -> JSONValue in
            guard var object = rule.objectValue else { return rule }
            object["matched"] = nil
            object["fired"] = nil
            return .object(object)
        }
        var set: [(String, JSONValue)] = [("rules", .array(change(rules)))]
        if let seed = current?["seed"], !seed.isNull { set.insert(("seed", seed), at: 0) }
        let body = JSONValue.object(JSONObject([("faults", .object(JSONObject(set)))]))
        let answer = try await call.api.send(.put, "/rest/V1/magpie/faults", json: String(decoding: body.serialized(), as: UTF8.self))
        return answer.succeeded ? call.redirect("/faults", notice: "Rules saved.") : call.redirect("/faults", problem: answer.message)
    }
}
