import MagentoWire

/// Mirrors entities from a source store into a target store, incrementally.
///
/// Per entity: list the source's records whose checkpoint field is at or after the last
/// checkpoint minus `overlap` (catching rows saved mid-transaction), in keyset pages; skip a
/// record whose stamp is not newer than the version last applied; apply the rest with bounded
/// concurrency, each record on its own; then move the checkpoint to the newest stamp seen, but
/// never past a failed record, so the next run tries it again.
public struct SyncEngine: Sendable {
    public var source: MagentoClient
    public var target: MagentoClient
    public var state: any SyncStateStore
    public var overlap: Duration
    public var pageSize: Int
    public var concurrency: Int
    /// Called after each page of each entity.
    public var progress: (@Sendable (SyncProgress) -> Void)?

    public init(
        source: MagentoClient, target: MagentoClient, state: any SyncStateStore,
        overlap: Duration = .seconds(30), pageSize: Int = 100, concurrency: Int = 4
    ) {
        self.source = source
        self.target = target
        self.state = state
        self.overlap = overlap
        self.pageSize = pageSize
        self.concurrency = concurrency
    }

    /// Syncs the adapters in order (categories before the products that link to them).
    public func run(_ adapters: [any SyncAdapter]) async -> SyncReport {
        var report = SyncReport()
        for adapter in adapters {
            let (entity, stop) = await sync(adapter)
            report.entities.append(entity)
            if stop { break }
        }
        let sourceStats = source.statistics, targetStats = target.statistics
        report.retries = sourceStats.retries + targetStats.retries
        report.requests = sourceStats.requests + targetStats.requests
        report.tokenRefreshes = sourceStats.tokenRefreshes + targetStats.tokenRefreshes
        return report
    }

    private func sync<Adapter: SyncAdapter>(_ adapter: Adapter) async -> (EntityReport, stop: Bool) {
        var report = EntityReport(entity: adapter.entity)
        let context = SyncContext(source: source, target: target, state: state)
        do {
            let since = try await state.checkpoint(adapter.entity)
            report.checkpoint = since
            var criteria = SearchCriteria()
            if let since {
                let from = MagentoTimestamp.subtracting(overlap, from: since) ?? since
                criteria.filterGroups.append(FilterGroup(filters: [Filter(field: adapter.checkpointField, value: from, conditionType: "gteq")]))
            }
            var newest = since
            var oldestFailed: String?
            var failedWithoutStamp = false
            let pages = KeysetPages<Adapter.Record>(
                criteria: criteria, pageSize: pageSize, key: { adapter.pagingKey(of: $0) }
            ) { [source] criteria in try await adapter.fetch(criteria, from: source) }
            for try await page in pages {
                report.fetched += page.items.count
                let results = await BatchRunner(concurrency: min(concurrency, adapter.maximumConcurrency))
                    .run(page.items, key: { adapter.key(of: $0) }) { [state] record -> Bool in
                        let key = adapter.key(of: record)
                        let stamp = adapter.stamp(of: record)
                        if let stamp, let applied = try await state.appliedStamp(adapter.entity, key: key), stamp <= applied {
                            return false
                        }
                        try await adapter.apply(record, context: context)
                        if let stamp { try await state.setAppliedStamp(adapter.entity, key: key, stamp: stamp) }
                        return true
                    }
                for result in results {
                    let stamp = adapter.stamp(of: page.items[result.index])
                    if let stamp, stamp > (newest ?? "") { newest = stamp }
                    if result.succeeded {
                        if result.output == true { report.applied += 1 } else { report.unchanged += 1 }
                        continue
                    }
                    report.failed += 1
                    report.failures.append(RecordFailure(key: result.key, message: result.message ?? "failed", status: result.error?.status))
                    if let stamp { oldestFailed = min(oldestFailed ?? stamp, stamp) } else { failedWithoutStamp = true }
                }
                progress?(SyncProgress(entity: adapter.entity, fetched: report.fetched, applied: report.applied, failed: report.failed))
                // Refused credentials stopped the batch; the entity ends as a failed listing would.
                if let refusal = results.first(where: { $0.error?.status == 401 })?.error { throw refusal }
            }
            if !failedWithoutStamp, let checkpoint = oldestFailed.map({ min($0, newest ?? $0) }) ?? newest, checkpoint != since {
                try await state.setCheckpoint(adapter.entity, checkpoint)
                report.checkpoint = checkpoint
            }
            report.status = report.failed > 0 ? .partial : .ok
            return (report, false)
        } catch {
            let clientError = error as? MagentoClientError
            // An expired token fails every later entity alike: stop, whatever the entity.
            let stop = adapter.isCritical || clientError?.code == .tokenExpired
            report.status = stop ? .failed : .skipped
            report.message = clientError?.message ?? String(describing: error)
            report.errorCode = clientError?.code.description
            return (report, stop)
        }
    }
}

/// Progress of one entity during a sync.
public struct SyncProgress: Sendable {
    public var entity: String
    public var fetched: Int
    public var applied: Int
    public var failed: Int
}
