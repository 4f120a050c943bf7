import Foundation
import HTTPTypes
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("Fault rules from a file at start")
struct FaultsFileTests {
    static func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("magpie-faults-\(UUID().uuidString).json").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("MAGPIE_FAULTS names the file")
    func environment() {
        #expect(ServerConfiguration.fromEnvironment(["MAGPIE_FAULTS": "/tmp/f.json"]).faultsFile == "/tmp/f.json")
        #expect(ServerConfiguration.fromEnvironment([:]).faultsFile == nil)
    }

    @Test("a valid file's rules are in force from the first request")
    func loads() async throws {
        let path = try Self.file(#"{"seed":5,"rules":[{"path":"/V1/directory/*","action":"status","status":503}]}"#)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let app = try await TestApp.make { $0.faultsFile = path }
        try await app.run { session in
            #expect(try await session.get("/rest/V1/directory/countries/DE").status == .serviceUnavailable)
            let token = try await session.adminToken()
            let report = try await session.get("/rest/V1/magpie/faults", token: token)
            #expect(report.json?["seed"] == .number("5"))
        }
    }

    @Test("a bad file stops start-up with a configuration error that names the file and the problem")
    func badFile() async throws {
        let path = try Self.file(#"{"rules":[{"action":"hang","seconds":-1}]}"#)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var configuration = ServerConfiguration()
        configuration.faultsFile = path
        #expect(throws: ConfigurationError.self) { try configuration.faultPlan() }
        do {
            _ = try configuration.faultPlan()
        } catch {
            #expect((error as? ConfigurationError)?.description == #"Invalid faults file \#(path): rules[0]: "seconds" must be above 0 and at most 3600."#)
        }
        await #expect(throws: ConfigurationError.self) { _ = try await TestApp.make { $0.faultsFile = path } }
    }

    @Test("a missing file is a configuration error too")
    func missingFile() {
        var configuration = ServerConfiguration()
        configuration.faultsFile = "/nonexistent/faults.json"
        #expect(throws: ConfigurationError.self) { try configuration.faultPlan() }
    }
}
