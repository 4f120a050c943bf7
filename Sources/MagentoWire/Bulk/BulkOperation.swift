/// An operation of a bulk as `GET /V1/bulk/:uuid/detailed-status` and `GET /V1/bulk` show it.
///
/// Statuses: 1 complete, 2 retriably failed, 3 not retriably failed, 4 open, 5 rejected.
public struct BulkOperation: Codable, Sendable, Equatable {
    public var id: Int
    public var bulkUuid: String?
    public var topicName: String?
    public var serializedData: String?
    public var resultSerializedData: String?
    public var status: Int
    public var resultMessage: String?
    public var errorCode: Int?

    public init(
        id: Int, bulkUuid: String? = nil, topicName: String? = nil, serializedData: String? = nil,
        resultSerializedData: String? = nil, status: Int, resultMessage: String? = nil, errorCode: Int? = nil
    ) {
        self.id = id
        self.bulkUuid = bulkUuid
        self.topicName = topicName
        self.serializedData = serializedData
        self.resultSerializedData = resultSerializedData
        self.status = status
        self.resultMessage = resultMessage
        self.errorCode = errorCode
    }

    /// The short form of `GET /V1/bulk/:uuid/status`: `{id, status, result_message, error_code}`.
    public var short: BulkOperation {
        BulkOperation(id: id, status: status, resultMessage: resultMessage, errorCode: errorCode)
    }

    enum CodingKeys: String, CodingKey {
        case id
        case bulkUuid = "bulk_uuid"
        case topicName = "topic_name"
        case serializedData = "serialized_data"
        case resultSerializedData = "result_serialized_data"
        case status
        case resultMessage = "result_message"
        case errorCode = "error_code"
    }
}

/// `GET /V1/bulk/:uuid/status` and `/detailed-status`.
public struct BulkSummary: Codable, Sendable, Equatable {
    public var operationsList: [BulkOperation]
    public var userType: Int
    public var bulkId: String
    public var description: String
    public var startTime: String
    public var userId: Int?
    public var operationCount: Int

    public init(
        operationsList: [BulkOperation], userType: Int, bulkId: String, description: String, startTime: String,
        userId: Int?, operationCount: Int
    ) {
        self.operationsList = operationsList
        self.userType = userType
        self.bulkId = bulkId
        self.description = description
        self.startTime = startTime
        self.userId = userId
        self.operationCount = operationCount
    }

    enum CodingKeys: String, CodingKey {
        case operationsList = "operations_list"
        case userType = "user_type"
        case bulkId = "bulk_id"
        case description
        case startTime = "start_time"
        case userId = "user_id"
        case operationCount = "operation_count"
    }
}
