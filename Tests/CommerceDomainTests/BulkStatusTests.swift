import CommerceDomain
import Testing

@Suite("Bulk status from operation statuses")
struct BulkStatusTests {
    @Test("nothing picked up yet is not started")
    func notStarted() {
        #expect(BulkStatus.of([.open, .open], anyStarted: false) == .notStarted)
    }

    @Test("a failure while others are open is still in progress, not finished (Magento #36911)")
    func failureWhileOpen() {
        #expect(BulkStatus.of([.notRetriablyFailed, .open], anyStarted: true) == .inProgress)
        #expect(BulkStatus.of([.open], anyStarted: true) == .inProgress)
    }

    @Test("all complete is success; any failure or rejection once none is open is failure")
    func finished() {
        #expect(BulkStatus.of([.complete, .complete], anyStarted: true) == .finishedSuccessfully)
        #expect(BulkStatus.of([.complete, .rejected], anyStarted: true) == .finishedWithFailure)
        #expect(BulkStatus.of([.retriablyFailed], anyStarted: true) == .finishedWithFailure)
    }
}
