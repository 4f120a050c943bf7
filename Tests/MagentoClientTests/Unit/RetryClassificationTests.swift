import MagentoClient
import Testing

@Suite struct RetryClassificationTests {
    @Test(arguments: [429, 502, 503, 504])
    func transientStatusesAreRetried(status: Int) async throws {
        let transport = ScriptedTransport([.reply(status, #"{"message":"busy"}"#), .reply(200, "true")])
        let client = ClientFixtures.client(transport)
        #expect(try await client.products.delete("X"))
        #expect(transport.requests.count == 2)
        #expect(client.statistics.retries == 1)
    }

    @Test(arguments: [MagentoClientError.Code.connection, .timeout])
    func transportFailuresAreRetried(code: MagentoClientError.Code) async throws {
        let transport = ScriptedTransport([.fail(code), .fail(code), .reply(200, "true")])
        #expect(try await ClientFixtures.client(transport).products.delete("X"))
        #expect(transport.requests.count == 3)
    }

    @Test(arguments: [400, 403, 404, 409, 500])
    func otherStatusesAreNotRetried(status: Int) async throws {
        let transport = ScriptedTransport([.reply(status, #"{"message":"no"}"#), .reply(200, "true")])
        do {
            _ = try await ClientFixtures.client(transport).products.get("X")
            Issue.record("expected \(status) to fail")
        } catch let error as MagentoClientError {
            #expect(error.status == status)
            #expect(error.attempts == 1)
        }
        #expect(transport.requests.count == 1)
    }

    @Test func attemptsAreBoundedAndReported() async throws {
        let transport = ScriptedTransport(Array(repeating: .reply(503, #"{"message":"down"}"#), count: 10))
        let client = ClientFixtures.client(transport, retry: RetryPolicy(maximumAttempts: 3, baseDelay: .milliseconds(1)))
        do {
            _ = try await client.products.get("X")
            Issue.record("expected failure")
        } catch let error as MagentoClientError {
            #expect(error.attempts == 3)
            #expect(error.isTransient)
            #expect(error.message == "down")
        }
        #expect(transport.requests.count == 3)
    }

    @Test func retriesCanBeTurnedOff() async throws {
        let transport = ScriptedTransport([.reply(503, "{}"), .reply(200, "true")])
        await #expect(throws: MagentoClientError.self) {
            _ = try await ClientFixtures.client(transport, retry: .none).products.delete("X")
        }
        #expect(transport.requests.count == 1)
    }
}
