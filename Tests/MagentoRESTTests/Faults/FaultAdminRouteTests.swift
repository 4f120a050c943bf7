import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import Testing

@Suite("Fault admin routes: /V1/magpie/faults")
struct FaultAdminRouteTests {
    static let twoRules = """
        {"seed": 42, "rules": [
          {"name": "flaky-writes", "method": "POST", "path": "/V1/products*", "rate": 0.1, "limit": 100, "action": "status", "status": 503},
          {"path": "/V1/directory/*", "action": "rate_limit", "retry_after": 2}
        ]}
        """

    @Test("PUT replaces the rules and answers them with zero counts; GET shows the counts move")
    func putAndGet() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let put = try await session.setFaults(Self.twoRules, token: token)
            #expect(put.text == #"{"seed":42,"rules":[{"name":"flaky-writes","method":"POST","path":"/V1/products*","rate":0.1,"limit":100,"action":"status","status":503,"matched":0,"fired":0},{"path":"/V1/directory/*","rate":1,"action":"rate_limit","retry_after":2,"matched":0,"fired":0}]}"#)
            let limited = try await session.get("/rest/V1/directory/countries/DE")
            #expect(limited.status == .tooManyRequests)
            let get = try await session.get("/rest/V1/magpie/faults", token: token)
            #expect(get.status == .ok)
            #expect(get.json?["rules"]?.arrayValue?[1]["matched"] == .number("1"))
            #expect(get.json?["rules"]?.arrayValue?[1]["fired"] == .number("1"))
            #expect(get.json?["rules"]?.arrayValue?[0]["matched"] == .number("0"))
        }
    }

    @Test("DELETE clears the rules, answers true, and requests are served normally again")
    func deleteClears() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.setFaults(#"{"rules":[{"action":"status","status":500}]}"#, token: token)
            #expect(try await session.get("/rest/V1/directory/countries/DE").status == .internalServerError)
            let cleared = try await session.send(.delete, "/rest/V1/magpie/faults", token: token)
            #expect(cleared.status == .ok)
            #expect(cleared.text == "true")
            #expect(try await session.get("/rest/V1/magpie/faults", token: token).text == #"{"seed":0,"rules":[]}"#)
            #expect(try await session.get("/rest/V1/directory/countries/DE").status == .ok)
        }
    }

    @Test("the fault routes need Magpie_Faults::manage and refuse a guest with Magento's 401")
    func guestRefused() async throws {
        try await TestApp.make().run { session in
            for method in [HTTPRequest.Method.get, .put, .delete] {
                let reply = try await session.send(method, "/rest/V1/magpie/faults", body: method == .put ? "{}" : nil)
                #expect(reply.status == .unauthorized)
                #expect(reply.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magpie_Faults::manage"}}"#)
            }
        }
    }

    @Test("an invalid rule is a 400 naming the rule and what to change, and the old rules stay")
    func invalidRule() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.setFaults(#"{"seed":1,"rules":[{"action":"drop","path":"/V1/nothing"}]}"#, token: token)
            let reply = try await session.send(
                .put, "/rest/V1/magpie/faults", token: token,
                body: #"{"faults":{"rules":[{"action":"latency","ms":5},{"action":"status","status":418}]}}"#
            )
            #expect(reply.status == .badRequest)
            #expect(reply.text == #"{"message":"Invalid fault rules: %1","parameters":["rules[1]: \"status\" must be 500, 502, 503 or 504 for the status action."]}"#)
            let kept = try await session.get("/rest/V1/magpie/faults", token: token)
            #expect(kept.json?["rules"]?.arrayValue?[0]["action"] == .string("drop"))
        }
    }

    @Test("a body without faults, with an unknown field, or with a wrongly typed field gets Magento's binding errors")
    func bindingErrors() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let missing = try await session.send(.put, "/rest/V1/magpie/faults", token: token, body: "{}")
            #expect(missing.status == .badRequest)
            #expect(missing.text == #"{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"faults"}}"#)
            let unknown = try await session.send(
                .put, "/rest/V1/magpie/faults", token: token, body: #"{"faults":{"rules":[{"action":"drop","fired":3}]}}"#
            )
            #expect(unknown.status == .badRequest)
            #expect(unknown.text == #"{"message":"\"%fieldName\" is not supported. Correct the field name and try again.","parameters":{"fieldName":"Fired"}}"#)
            let typed = try await session.send(
                .put, "/rest/V1/magpie/faults", token: token, body: #"{"faults":{"rules":[{"action":"latency","ms":"slow"}]}}"#
            )
            #expect(typed.status == .badRequest)
            #expect(typed.json?["message"] == .string(#"The "%value" value's type is invalid. The "%type" type was expected. Verify and try again."#))
        }
    }

    @Test("the fault routes are never faulted, so a test can always switch faults off")
    func neverFaulted() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.setFaults(#"{"rules":[{"action":"status","status":503}]}"#, token: token)
            #expect(try await session.get("/rest/V1/magpie/faults", token: token).status == .ok)
            #expect(try await session.get("/rest/default/V1/magpie/faults", token: token).status == .ok)
            #expect(try await session.send(.delete, "/rest/V1/magpie/faults", token: token).status == .ok)
        }
    }
}
