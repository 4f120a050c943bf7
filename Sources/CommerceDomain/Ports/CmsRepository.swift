import MagentoWire

/// CMS pages and blocks (Magento's Cms module).
public protocol CmsRepository: Sendable {
    func searchPages(_ criteria: SearchCriteria) async throws -> SearchPage<CmsPage>
    func page(id: Int) async throws -> CmsPage
    /// Creates (no id) or replaces a page; returns it as stored.
    func savePage(_ page: CmsPage) async throws -> CmsPage
    func deletePage(id: Int) async throws

    func searchBlocks(_ criteria: SearchCriteria) async throws -> SearchPage<CmsBlock>
    func block(id: Int) async throws -> CmsBlock
    func saveBlock(_ block: CmsBlock) async throws -> CmsBlock
    func deleteBlock(id: Int) async throws
}
