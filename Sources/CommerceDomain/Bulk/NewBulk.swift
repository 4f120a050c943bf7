/// A bulk to store: one operation per accepted or rejected element.
public struct NewBulk: Sendable, Equatable {
    public struct Operation: Sendable, Equatable {
        /// The element's index in the request array (0 for an async call).
        public var index: Int
        public var topic: String
        /// Magento's `serialized_data` text: `{"entity_id":null,"entity_link":"","meta_information":"<body>"}`.
        public var serializedData: String
        /// Our replayable request; nil for a rejected element.
        public var request: ScheduledRequest?
        public var status: OperationStatus
        public var resultMessage: String?
        public var errorCode: Int?

        public init(
            index: Int, topic: String, serializedData: String, request: ScheduledRequest?, status: OperationStatus,
            resultMessage: String? = nil, errorCode: Int? = nil
        ) {
            self.index = index
            self.topic = topic
            self.serializedData = serializedData
            self.request = request
            self.status = status
            self.resultMessage = resultMessage
            self.errorCode = errorCode
        }
    }

    public var uuid: String
    public var userType: Int
    public var userId: Int?
    public var description: String
    public var operations: [Operation]

    public init(uuid: String, userType: Int, userId: Int?, description: String, operations: [Operation]) {
        self.uuid = uuid
        self.userType = userType
        self.userId = userId
        self.description = description
        self.operations = operations
    }
}

/// An open operation a worker has leased.
public struct ClaimedOperation: Sendable, Equatable {
    public var id: Int
    public var bulkUuid: String
    public var request: ScheduledRequest
    /// How many times it has been picked up, this time included.
    public var attempts: Int

    public init(id: Int, bulkUuid: String, request: ScheduledRequest, attempts: Int) {
        self.id = id
        self.bulkUuid = bulkUuid
        self.request = request
        self.attempts = attempts
    }
}
