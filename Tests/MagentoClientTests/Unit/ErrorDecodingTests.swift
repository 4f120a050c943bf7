import MagentoClient
import MagentoWire
import Testing

@Suite struct ErrorDecodingTests {
    private func failure(status: Int, body: String) async throws -> MagentoClientError {
        let client = ClientFixtures.client(ScriptedTransport([.reply(status, body)]))
        do {
            _ = try await client.products.get("MB-01")
            Issue.record("expected an error")
            throw CancellationError()
        } catch let error as MagentoClientError {
            return error
        }
    }

    @Test func positionalParametersAreSubstituted() async throws {
        let error = try await failure(status: 404, body: #"{"message":"The product that was requested doesn't exist. Verify the product %1 and try again.","parameters":["MB-01"]}"#)
        #expect(error.status == 404)
        #expect(error.code == .http)
        #expect(error.message == "The product that was requested doesn't exist. Verify the product MB-01 and try again.")
        #expect(error.magentoError?.message.contains("%1") == true)
        #expect(!error.isTransient)
    }

    @Test func namedParametersAreSubstitutedLongestNameFirst() async throws {
        let error = try await failure(status: 400, body: #"{"message":"\"%fieldName\" is required. Enter and try again. (%field)","parameters":{"fieldName":"sku","field":"x"}}"#)
        #expect(error.message == #""sku" is required. Enter and try again. (x)"#)
        #expect(error.description.contains("400"))
    }

    @Test func nestedErrorsAreKept() async throws {
        let error = try await failure(status: 400, body: #"{"message":"Validation failed","errors":[{"message":"%1 is wrong","parameters":["price"]}]}"#)
        #expect(error.magentoError?.errors?.first?.renderedMessage == "price is wrong")
    }

    @Test func aNonJSONErrorKeepsItsText() async throws {
        let error = try await failure(status: 500, body: "<html>Internal</html>")
        #expect(error.message == "HTTP 500: <html>Internal</html>")
        #expect(error.magentoError == nil)
    }

    @Test func anUnexpectedBodyIsADecodingError() async throws {
        let client = ClientFixtures.client(ScriptedTransport([.reply(200, #"{"sku": 12"#)]))
        await #expect(throws: MagentoClientError.self) { _ = try await client.products.get("X") }
        do { _ = try await client.products.get("X") } catch let error as MagentoClientError { #expect(error.code == .decoding) }
    }
}
