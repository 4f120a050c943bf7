/// The 202 body of an async or bulk request (`asynchronous-operations-data-async-response-interface`).
public struct AsyncResponse: Codable, Sendable, Equatable {
    public var bulkUuid: String
    public var requestItems: [AsyncRequestItem]
    /// True when any element was rejected; the others are still scheduled.
    public var errors: Bool

    public init(bulkUuid: String, requestItems: [AsyncRequestItem], errors: Bool) {
        self.bulkUuid = bulkUuid
        self.requestItems = requestItems
        self.errors = errors
    }

    enum CodingKeys: String, CodingKey {
        case bulkUuid = "bulk_uuid"
        case requestItems = "request_items"
        case errors
    }
}

/// One element of the request: accepted with the hash of its data, or rejected with the reason.
public struct AsyncRequestItem: Codable, Sendable, Equatable {
    public var id: Int
    public var dataHash: String?
    /// `accepted` or `rejected`.
    public var status: String
    public var errorMessage: String?
    public var errorCode: Int?

    public init(id: Int, dataHash: String?, status: String, errorMessage: String? = nil, errorCode: Int? = nil) {
        self.id = id
        self.dataHash = dataHash
        self.status = status
        self.errorMessage = errorMessage
        self.errorCode = errorCode
    }

    enum CodingKeys: String, CodingKey {
        case id
        case dataHash = "data_hash"
        case status
        case errorMessage = "error_message"
        case errorCode = "error_code"
    }
}
