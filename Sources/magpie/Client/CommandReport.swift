import ArgumentParser
import Foundation
import MagentoClient

/// The JSON report of an import: counts, retries and each failure with its message.
struct CommandReport: Codable {
    struct Failure: Codable {
        var record: String
        var line: Int?
        var status: Int?
        var message: String
    }

    var command: String
    var total = 0
    var succeeded = 0
    var failed = 0
    var retries = 0
    var requests = 0
    var failures: [Failure] = []

    /// Fills in the counts, writes the report and a summary line, and picks the exit status.
    /// Refused credentials fail every record alike, so they end the run as a whole (exit 3).
    mutating func finish(
        total: Int, client: MagentoClient, path: String?, noun: String, unauthorized: MagentoClientError?
    ) throws -> ExitCode {
        self.total = total
        failed = failures.count
        succeeded = total - failed
        retries = client.statistics.retries
        requests = client.statistics.requests
        try ReportWriter.write(self, to: path)
        Console.error("\(command): \(succeeded) of \(total) \(noun) applied, \(failed) failed, \(retries) retries")
        if let unauthorized { throw unauthorized }
        return failed > 0 ? ClientExitCode.partial : ClientExitCode.success
    }
}

/// Writes a report as JSON to a file, or to standard output when no file is given.
enum ReportWriter {
    static func write<Report: Encodable>(_ report: Report, to path: String?) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(report)
        if let path, path != "-" {
            try data.write(to: URL(fileURLWithPath: path))
        } else {
            Console.out(String(decoding: data, as: UTF8.self))
        }
    }
}
