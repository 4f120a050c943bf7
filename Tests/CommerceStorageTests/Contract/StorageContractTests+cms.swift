import CommerceDomain
import CommerceStorage
import MagentoWire
import Testing

extension StorageContractTests {
    @Test("CMS pages keep their document and store views; identifiers clash only in shared views", arguments: TestEngine.all)
    func cmsPages(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let home = try await storage.cms.savePage(CmsPage(identifier: "home", title: "Home", content: "<h1>Hi</h1>", storeId: [1]))
            #expect(try await storage.cms.page(id: home.id ?? 0) == home)
            _ = try await storage.cms.savePage(CmsPage(identifier: "home", title: "Home FR", storeId: [2]))
            await #expect(throws: CmsRules.duplicatePage) {
                _ = try await storage.cms.savePage(CmsPage(identifier: "home", title: "All", storeId: [0]))
            }
            let page = try await storage.cms.searchPages(SearchCriteria(filterGroups: [FilterGroup(filters: [Filter(field: "identifier", value: "home")])]))
            #expect(page.totalCount == 2)
            try await storage.cms.deletePage(id: home.id ?? 0)
            _ = try await storage.cms.savePage(CmsPage(identifier: "home", title: "All", storeId: [1]))
        }
    }

    @Test("CMS blocks are saved, replaced and deleted with one event each", arguments: TestEngine.all)
    func cmsBlocks(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let before = try await storage.events.events(after: 0, limit: 1000).count
            var block = try await storage.cms.saveBlock(CmsBlock(identifier: "footer", title: "Footer"))
            block.title = "Site footer"
            block = try await storage.cms.saveBlock(block)
            #expect(try await storage.cms.block(id: block.id ?? 0).title == "Site footer")
            try await storage.cms.deleteBlock(id: block.id ?? 0)
            let events = try await storage.events.events(after: 0, limit: 1000).dropFirst(before).map(\.event.type)
            #expect(events == ["cms_block.saved", "cms_block.saved", "cms_block.deleted"])
            await #expect(throws: CmsRules.noSuchBlock(block.id ?? 0)) { _ = try await storage.cms.block(id: block.id ?? 0) }
        }
    }
}
