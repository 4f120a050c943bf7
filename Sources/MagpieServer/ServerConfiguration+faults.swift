import Foundation
import MagentoREST

extension ServerConfiguration {
    /// The rules of `--faults FILE` (or `MAGPIE_FAULTS`), none without one. Read once at start,
    /// before storage opens, so a bad file stops the server with a message instead of serving
    /// without the faults a test expects.
    public func faultPlan() throws -> FaultPlan {
        guard let faultsFile else { return .empty }
        guard let data = FileManager.default.contents(atPath: faultsFile) else {
            throw ConfigurationError("Cannot read the faults file \(faultsFile).")
        }
        do {
            return try FaultPlan(json: Array(data))
        } catch {
            throw ConfigurationError("Invalid faults file \(faultsFile): \(error.description)")
        }
    }
}
