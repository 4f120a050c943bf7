import CommerceDomain
import MagentoWire
import SQLKit

/// CMS pages and blocks; each write goes with its outbox event in one transaction.
public struct SQLCmsRepository: CmsRepository {
    let provider: any DatabaseProvider
    let clock: any CommerceClock
    let pages = CmsTable<CmsPage>(kind: "page", notFound: CmsRules.noSuchPage, duplicate: CmsRules.duplicatePage)
    let blocks = CmsTable<CmsBlock>(kind: "block", notFound: CmsRules.noSuchBlock, duplicate: CmsRules.duplicateBlock)

    public init(provider: any DatabaseProvider, clock: any CommerceClock) {
        self.provider = provider
        self.clock = clock
    }

    public func searchPages(_ criteria: SearchCriteria) async throws -> SearchPage<CmsPage> {
        try await provider.read { [pages] db in try await pages.search(criteria, on: db) }
    }

    public func page(id: Int) async throws -> CmsPage {
        try await provider.read { [pages] db in try await pages.load(id, on: db) }
    }

    public func savePage(_ page: CmsPage) async throws -> CmsPage {
        try CmsRules.validatePage(page)
        let now = timestamp()
        return try await provider.transaction { [pages] db in try await pages.save(page, now: now, on: db) }
    }

    public func deletePage(id: Int) async throws {
        let now = timestamp()
        try await provider.transaction { [pages] db in try await pages.delete(id, now: now, on: db) }
    }

    public func searchBlocks(_ criteria: SearchCriteria) async throws -> SearchPage<CmsBlock> {
        try await provider.read { [blocks] db in try await blocks.search(criteria, on: db) }
    }

    public func block(id: Int) async throws -> CmsBlock {
        try await provider.read { [blocks] db in try await blocks.load(id, on: db) }
    }

    public func saveBlock(_ block: CmsBlock) async throws -> CmsBlock {
        try CmsRules.validateBlock(block)
        let now = timestamp()
        return try await provider.transaction { [blocks] db in try await blocks.save(block, now: now, on: db) }
    }

    public func deleteBlock(id: Int) async throws {
        let now = timestamp()
        try await provider.transaction { [blocks] db in try await blocks.delete(id, now: now, on: db) }
    }

    func timestamp() -> String {
        MagentoTimestamp.string(from: clock.now())
    }
}
