import MagentoWire

extension ProductsAPI {
    /// Saves every product (`POST /V1/products` each), `concurrency` at a time; one result per product.
    public func saveAll(
        _ products: [Product], concurrency: Int = 8, progress: (@Sendable (BatchProgress) -> Void)? = nil
    ) async -> [RecordResult<Product>] {
        await BatchRunner(concurrency: concurrency).run(products, key: { $0.sku ?? "" }, progress: progress) { [client] product in
            try await client.send(try Self.saveRequest(product))
        }
    }

    /// Saves every product through the asynchronous bulk API, `chunkSize` per bulk, polling each
    /// bulk until its operations are done; one result per product, from its operation's status.
    public func bulkSaveAll(
        _ products: [Product], chunkSize: Int = 500, pollInterval: Duration = .milliseconds(500),
        timeout: Duration = .seconds(1800), progress: (@Sendable (BatchProgress) -> Void)? = nil
    ) async throws -> [RecordResult<Void>] {
        var results: [RecordResult<Void>] = []
        var failed = 0
        for start in stride(from: 0, to: products.count, by: max(1, chunkSize)) {
            let chunk = Array(products[start..<min(start + chunkSize, products.count)])
            let accepted = try await client.bulk.saveProducts(chunk)
            let summary = try await client.bulk.waitUntilFinished(accepted.bulkUuid, pollInterval: pollInterval, timeout: timeout)
            // Operations are created in request order for the accepted elements.
            var operations = summary.operationsList.sorted { $0.id < $1.id }.makeIterator()
            for item in accepted.requestItems.sorted(by: { $0.id < $1.id }) {
                let index = start + item.id
                let key = chunk[item.id].sku ?? ""
                if item.status != "accepted" {
                    results.append(RecordResult(index: index, key: key, failureMessage: item.errorMessage ?? "rejected"))
                } else if let operation = operations.next(), operation.status != BulkOperationStatus.complete {
                    results.append(RecordResult(
                        index: index, key: key,
                        failureMessage: operation.resultMessage ?? "operation status \(operation.status)"
                    ))
                } else {
                    results.append(RecordResult(index: index, key: key, output: ()))
                }
                if !results[results.count - 1].succeeded { failed += 1 }
            }
            progress?(BatchProgress(done: results.count, failed: failed, total: products.count))
        }
        return results
    }
}
