/// Magento's operation statuses (`OperationInterface`).
public enum OperationStatus: Int, Sendable, CaseIterable {
    case complete = 1
    case retriablyFailed = 2
    case notRetriablyFailed = 3
    case open = 4
    case rejected = 5
}

/// Magento's bulk summary statuses (`BulkSummaryInterface`).
public enum BulkStatus: Int, Sendable {
    case notStarted = 0
    case inProgress = 1
    case finishedSuccessfully = 2
    case finishedWithFailure = 3

    /// The bulk's status from its operations' statuses and whether any has been picked up.
    ///
    /// While any operation is open the bulk is in progress (or not started if none was picked
    /// up yet); only when none is open can it be finished. Magento reports "finished with failure"
    /// as soon as one operation fails even though others are still open (magento/magento2#36911).
    public static func of(_ statuses: [OperationStatus], anyStarted: Bool) -> BulkStatus {
        if statuses.contains(.open) {
            let anyDone = statuses.contains { $0 != .open }
            return anyDone || anyStarted ? .inProgress : .notStarted
        }
        return statuses.allSatisfy { $0 == .complete } ? .finishedSuccessfully : .finishedWithFailure
    }
}
