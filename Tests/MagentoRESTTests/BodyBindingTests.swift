import CommerceDomain
import CommerceStorage
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("Body checks and argument binding")
struct BodyBindingTests {
    func echo(_ body: String, contentType: String? = "application/json") async throws -> TestReply {
        let result = Result2()
        try await TestApp.make(extraEndpoints: ProbeEndpoints.all).run { session in
            await result.set(try await session.send(.post, "/rest/V1/probe/echo", body: body, contentType: contentType))
        }
        return await result.value!
    }

    @Test("a body without Content-Type is refused")
    func missingContentType() async throws {
        let reply = try await echo("{}", contentType: nil)
        #expect(reply.status == .badRequest)
        #expect(reply.text == #"{"message":"Content-Type header is empty."}"#)
    }

    @Test("a malformed Content-Type is refused", arguments: ["application json", "application/json; foo=bar"])
    func invalidContentType(header: String) async throws {
        let reply = try await echo("{}", contentType: header)
        #expect(reply.status == .badRequest)
        #expect(reply.text == #"{"message":"Content-Type header is invalid."}"#)
    }

    @Test("a charset other than UTF-8 is refused")
    func wrongCharset() async throws {
        let reply = try await echo("{}", contentType: "application/json; charset=ISO-8859-1")
        #expect(reply.status == .badRequest)
        #expect(reply.text == #"{"message":"UTF-8 is the only supported charset."}"#)
    }

    @Test("a UTF-8 charset is accepted in any case")
    func utf8Charset() async throws {
        let reply = try await echo(#"{"probeItem":{"name":"a","qty":1}}"#, contentType: "application/json; charset=UTF-8")
        #expect(reply.status == .ok)
    }

    @Test("a media type we cannot read names itself in the error")
    func unknownMediaType() async throws {
        let reply = try await echo("name=a", contentType: "text/plain")
        #expect(reply.status == .badRequest)
        #expect(reply.text == #"{"message":"Server cannot understand Content-Type HTTP header media type %1","parameters":["text/plain"]}"#)
    }

    @Test("unparseable JSON is a decoding error")
    func badJSON() async throws {
        let reply = try await echo(#"{"probeItem": "#)
        #expect(reply.status == .badRequest)
        #expect(reply.text == #"{"message":"Decoding error."}"#)
    }

    @Test("camelCase and snake_case keys bind alike, and numeric strings fill numbers")
    func caseAndNumbers() async throws {
        let reply = try await echo(#"{"probe_item":{"name":"a","qty":"3","isActive":"yes","price":"9.5","nested":{"innerValue":"x"}}}"#)
        #expect(reply.status == .ok)
        #expect(reply.text == #"{"name":"a","qty":3,"is_active":true,"price":9.5,"nested":{"inner_value":"x"}}"#)
    }

    @Test("PHP booleans: anything but true, 1, on, yes is false")
    func phpBooleans() async throws {
        let reply = try await echo(#"{"probeItem":{"name":"a","qty":1,"is_active":"no"}}"#)
        #expect(reply.json?["is_active"] == .bool(false))
    }

    @Test("a missing required argument names the field")
    func requiredArgument() async throws {
        let reply = try await echo(#"{"other":1}"#)
        #expect(reply.status == .badRequest)
        #expect(reply.text == #"{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"probeItem"}}"#)
    }

    @Test("an unknown nested field is refused with its UpperCamelCase name")
    func unknownNestedField() async throws {
        let reply = try await echo(#"{"probeItem":{"name":"a","qty":1,"foo_bar":2}}"#)
        #expect(reply.status == .badRequest)
        #expect(reply.text == #"{"message":"\"%fieldName\" is not supported. Correct the field name and try again.","parameters":{"fieldName":"FooBar"}}"#)
    }

    @Test("unknown top-level keys are ignored")
    func unknownTopLevel() async throws {
        let reply = try await echo(#"{"probeItem":{"name":"a","qty":1},"saveOptions":true}"#)
        #expect(reply.status == .ok)
    }

    @Test("a value of the wrong type names the value and the expected type")
    func wrongType() async throws {
        let reply = try await echo(#"{"probeItem":{"name":"a","qty":"lots"}}"#)
        #expect(reply.status == .badRequest)
        #expect(reply.text == #"{"message":"The \"%value\" value's type is invalid. The \"%type\" type was expected. Verify and try again.","parameters":{"value":"lots","type":"int"}}"#)
    }
}

/// Carries a value out of a `@Sendable` closure.
actor Result2 {
    var value: TestReply?
    func set(_ reply: TestReply) { value = reply }
}

@Suite("Script tags in input")
struct ScriptTagTests {
    @Test("a string carrying a script element is refused, naming its field")
    func refused() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let reply = try await session.send(.post, "/rest/V1/inventory/sources", token: token, body: #"{"source":{"source_code":"x","name":"<SCRIPT>alert(1)</script>","country_id":"DE","postcode":"1"}}"#)
            #expect(reply.status == .badRequest)
            #expect(reply.text == #"{"message":"\"%field_name\" does not contains valid value.","parameters":{"field_name":"name"}}"#)
        }
    }

    @Test("a harmless angle bracket is fine")
    func harmless() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let reply = try await session.send(.post, "/rest/V1/inventory/sources", token: token, body: #"{"source":{"source_code":"x","name":"a < b <scripted>","country_id":"DE","postcode":"1"}}"#)
            #expect(reply.status == .ok)
        }
    }
}
