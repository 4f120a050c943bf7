/// A bulk as the console's log lists it: the bulk's row and how many of its operations are in
/// each status, without the operations themselves (a bulk may hold thousands).
public struct BulkListing: Sendable, Equatable {
    public var uuid: String
    public var description: String
    public var startTime: String
    public var userType: Int
    public var userId: Int?
    public var operationCount: Int
    /// Operation status raw value (1–5) → count; statuses with no operation are absent.
    public var statusCounts: [Int: Int]

    public init(
        uuid: String, description: String, startTime: String, userType: Int, userId: Int?,
        operationCount: Int, statusCounts: [Int: Int]
    ) {
        self.uuid = uuid
        self.description = description
        self.startTime = startTime
        self.userType = userType
        self.userId = userId
        self.operationCount = operationCount
        self.statusCounts = statusCounts
    }

    public func count(_ status: OperationStatus) -> Int { statusCounts[status.rawValue] ?? 0 }
}
