/// What happened to one record of a batch.
public struct RecordResult<Output: Sendable>: Sendable {
    /// The record's position in the input.
    public var index: Int
    /// The record's identity for reports (a SKU, an id).
    public var key: String
    public var output: Output?
    public var error: MagentoClientError?
    /// Set for failures that are not ``MagentoClientError`` (a bad input row, a local error), and
    /// for records never sent (then `error` is the refusal that stopped the batch).
    public var failureMessage: String?

    public init(index: Int, key: String, output: Output? = nil, error: MagentoClientError? = nil, failureMessage: String? = nil) {
        self.index = index
        self.key = key
        self.output = output
        self.error = error
        self.failureMessage = failureMessage
    }

    public var succeeded: Bool { error == nil && failureMessage == nil }

    /// The failure as a person reads it; nil on success.
    public var message: String? { failureMessage ?? error?.message }
}

/// Progress of a running batch, for progress bars.
public struct BatchProgress: Sendable {
    public var done: Int
    public var failed: Int
    public var total: Int
}
