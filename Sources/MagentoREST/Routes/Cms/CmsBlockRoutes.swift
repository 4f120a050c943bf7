import CommerceDomain
import HTTPTypes
import MagentoWire

/// CMS blocks: `/V1/cmsBlock`.
public struct CmsBlockRoutes: Sendable {
    let cms: any CmsRepository

    public init(cms: any CmsRepository) {
        self.cms = cms
    }

    static let access = EndpointAccess.resources(["Magento_Cms::block"])
    static let service = "cmsBlockRepositoryV1"

    public var endpoints: [Endpoint] {
        [
            .search(
                "/V1/cmsBlock/search", access: Self.access, service: Self.service,
                summary: "Retrieve blocks matching the specified criteria."
            ) { [cms] criteria, _ in try await cms.searchBlocks(criteria) },
            Endpoint(
                .get, "/V1/cmsBlock/:blockId", access: Self.access, service: Self.service,
                operation: "getById", summary: "Retrieve block."
            ) { [cms] call in try await cms.block(id: try call.argument("blockId", as: Int.self)) },
            Endpoint(
                .post, "/V1/cmsBlock", access: Self.access, service: Self.service,
                operation: "save", summary: "Save block.", body: [.required("block", CmsBlock.self)]
            ) { [cms] call in try await cms.saveBlock(try call.argument("block", as: CmsBlock.self)) },
            Endpoint(
                .put, "/V1/cmsBlock/:id", access: Self.access, service: Self.service,
                operation: "save", summary: "Save block.", body: [.required("block", CmsBlock.self)]
            ) { [cms] call in
                var block = try call.argument("block", as: CmsBlock.self)
                block.id = try call.argument("id", as: Int.self)   // the URL's id wins
                return try await cms.saveBlock(block)
            },
            Endpoint(
                .delete, "/V1/cmsBlock/:blockId", access: Self.access, service: Self.service,
                operation: "deleteById", summary: "Delete block by ID."
            ) { [cms] call in
                try await cms.deleteBlock(id: try call.argument("blockId", as: Int.self))
                return true
            },
        ]
    }
}
