/// `customer-data-validation-results-interface`: the answer of `PUT /V1/customers/validate`.
public struct CustomerValidationResults: Codable, Sendable, Equatable {
    public var valid: Bool
    public var messages: [String]

    public init(valid: Bool, messages: [String]) {
        self.valid = valid
        self.messages = messages
    }
}
