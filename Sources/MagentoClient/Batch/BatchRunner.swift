/// Applies an operation to many records with at most `concurrency` in flight. Every record gets
/// its own result: one failure never stops the others, except refused credentials (a 401 that
/// survived the token refresh): every later request would be refused alike, so nothing more is
/// sent and the records not yet started are reported as not sent.
public struct BatchRunner: Sendable {
    public var concurrency: Int

    public init(concurrency: Int = 8) {
        self.concurrency = max(1, concurrency)
    }

    public func run<Record: Sendable, Output: Sendable>(
        _ records: [Record],
        key: @escaping @Sendable (Record) -> String,
        progress: (@Sendable (BatchProgress) -> Void)? = nil,
        apply: @escaping @Sendable (Record) async throws -> Output
    ) async -> [RecordResult<Output>] {
        var results: [RecordResult<Output>?] = Array(repeating: nil, count: records.count)
        var done = 0
        var failed = 0
        var refusal: MagentoClientError?
        await withTaskGroup(of: RecordResult<Output>.self) { group in
            var next = 0
            func startNext() {
                guard next < records.count, refusal == nil else { return }
                let index = next
                let record = records[index]
                next += 1
                group.addTask {
                    let name = key(record)
                    do {
                        return RecordResult(index: index, key: name, output: try await apply(record))
                    } catch let error as MagentoClientError {
                        return RecordResult(index: index, key: name, error: error)
                    } catch {
                        return RecordResult(index: index, key: name, failureMessage: String(describing: error))
                    }
                }
            }
            for _ in 0..<min(concurrency, records.count) { startNext() }
            for await result in group {
                results[result.index] = result
                done += 1
                if !result.succeeded { failed += 1 }
                if let error = result.error, error.status == 401, refusal == nil { refusal = error }
                progress?(BatchProgress(done: done, failed: failed, total: records.count))
                startNext()
            }
        }
        return records.indices.map { index in
            results[index] ?? RecordResult(
                index: index, key: key(records[index]), error: refusal,
                failureMessage: "Not sent: the store refused the credentials (\(refusal?.message ?? "401"))"
            )
        }
    }
}
