import Foundation

/// `POST /V1/erp/stock`: quantities an ERP pushes, by SKU (a custom endpoint, not Magento's).
public struct ERPStockPush: Codable, Sendable, Equatable {
    public struct Line: Codable, Sendable, Equatable {
        public var sku: String
        public var qty: Decimal

        public init(sku: String, qty: Decimal) {
            self.sku = sku
            self.qty = qty
        }
    }

    public var items: [Line]

    public init(items: [Line]) {
        self.items = items
    }
}

/// The job an ERP push became: its progress and every line that failed.
public struct ERPStockJob: Codable, Sendable, Equatable {
    public struct Failure: Codable, Sendable, Equatable {
        public var line: Int
        public var message: String

        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    public var jobId: String
    /// `queued`, `running`, `done` or `done_with_errors`.
    public var status: String
    public var itemCount: Int
    public var applied: Int
    public var failed: Int
    public var failures: [Failure]

    public init(jobId: String, status: String, itemCount: Int, applied: Int, failed: Int, failures: [Failure]) {
        self.jobId = jobId
        self.status = status
        self.itemCount = itemCount
        self.applied = applied
        self.failed = failed
        self.failures = failures
    }

    enum CodingKeys: String, CodingKey {
        case jobId = "job_id"
        case status
        case itemCount = "item_count"
        case applied, failed, failures
    }
}
