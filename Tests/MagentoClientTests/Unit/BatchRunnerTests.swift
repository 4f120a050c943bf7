import MagentoClient
import Testing

@Suite struct BatchRunnerTests {
    static let refused = #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Catalog::products"}}"#

    @Test func aFailedRecordDoesNotStopTheOthers() async throws {
        let transport = ScriptedTransport([.reply(200, "true"), .reply(400, #"{"message":"Bad"}"#), .reply(200, "true")])
        let client = ClientFixtures.client(transport)
        let results = await BatchRunner(concurrency: 1).run(["A", "B", "C"], key: { $0 }) { sku in
            try await client.products.delete(sku)
        }
        #expect(results.map(\.succeeded) == [true, false, true])
        #expect(results[1].message == "Bad")
        #expect(transport.calls.count == 3)
    }

    @Test func refusedCredentialsStopTheBatchAndTheRestIsReportedNotSent() async throws {
        let transport = ScriptedTransport([.reply(200, "true"), .reply(200, "true"), .reply(401, Self.refused)])
        let client = ClientFixtures.client(transport)
        let skus = (1...10).map { "S\($0)" }
        let results = await BatchRunner(concurrency: 1).run(skus, key: { $0 }) { sku in
            try await client.products.delete(sku)
        }
        #expect(results.map(\.key) == skus)
        #expect(results.map(\.succeeded) == [true, true] + Array(repeating: false, count: 8))
        #expect(results[2].error?.code == .tokenExpired)
        #expect(results[2].message?.hasPrefix("The consumer isn't authorized") == true)
        #expect(results[3...].allSatisfy { $0.error?.status == 401 && $0.message?.hasPrefix("Not sent: the store refused the credentials") == true })
        #expect(transport.calls.count == 3, "nothing is sent after the refusal")
    }
}
