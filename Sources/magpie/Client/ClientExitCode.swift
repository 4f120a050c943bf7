import ArgumentParser
import MagentoClient

/// Exit statuses of the client commands, for scripts (documented in docs/cli.md).
enum ClientExitCode {
    /// Everything was applied.
    static let success = ExitCode(0)
    /// Some records failed (listed in the report); the others were applied.
    static let partial = ExitCode(1)
    /// The run failed as a whole: the store could not be reached or answered an error.
    static let failed = ExitCode(2)
    /// The store refused the credentials (401).
    static let unauthorized = ExitCode(3)
    /// The input file could not be read or parsed.
    static let badInput = ExitCode(4)

    /// The exit status for an error that ended a command.
    static func forError(_ error: any Error) -> ExitCode {
        switch error {
        case let error as MagentoClientError where error.status == 401: unauthorized
        case is InputFileError: badInput
        default: failed
        }
    }
}

/// Runs a command body, turning errors into a message on standard error and an exit status.
func runReportingErrors(_ body: () async throws -> ExitCode) async throws {
    let code: ExitCode
    do {
        code = try await body()
    } catch let error as ValidationError {
        throw error
    } catch {
        let message = (error as? MagentoClientError)?.message ?? String(describing: error)
        Console.error("error: \(message)")
        code = ClientExitCode.forError(error)
    }
    if code != .success { throw code }
}
