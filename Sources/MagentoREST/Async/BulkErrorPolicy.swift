import CommerceDomain
import HTTPTypes

/// What a bulk does with rows that cannot be scheduled (not an object, or a `by<Param>`
/// placeholder the row does not carry), chosen per request with `Magpie-Bulk-Error-Policy`:
///
/// - `reject-failed` (the default, Magento's behaviour): such rows are answered `rejected` and
///   kept in the bulk as rejected operations; the others run.
/// - `reject-all`: one such row refuses the whole request with a 400; nothing is stored.
/// - `ignore-failed`: such rows are answered `rejected` but left out of the bulk, whose status
///   then counts only what runs.
enum BulkErrorPolicy: String, Sendable {
    case rejectFailed = "reject-failed"
    case rejectAll = "reject-all"
    case ignoreFailed = "ignore-failed"

    static let header = HTTPField.Name("Magpie-Bulk-Error-Policy")!

    init(header value: String?) throws {
        guard let value, !value.isEmpty else {
            self = .rejectFailed
            return
        }
        guard let policy = BulkErrorPolicy(rawValue: value.lowercased()) else {
            throw CommerceError.invalidInput(
                message: "Invalid value of \"%1\" provided for the %2 field.", parameters: [value, "Magpie-Bulk-Error-Policy"]
            )
        }
        self = policy
    }
}
