import Testing

/// The storage contract: every behaviour the domain relies on, run on each engine in
/// `TestEngine.all`. Extensions in this folder group the cases by repository.
@Suite("Storage contract")
struct StorageContractTests {}
