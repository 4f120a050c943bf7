import CommerceDomain
import HTTPTypes
import MagentoWire

/// CMS pages: `/V1/cmsPage`.
public struct CmsPageRoutes: Sendable {
    let cms: any CmsRepository

    public init(cms: any CmsRepository) {
        self.cms = cms
    }

    static let access = EndpointAccess.resources(["Magento_Cms::page"])
    static let service = "cmsPageRepositoryV1"

    public var endpoints: [Endpoint] {
        [
            .search(
                "/V1/cmsPage/search", access: Self.access, service: Self.service,
                summary: "Retrieve pages matching the specified criteria."
            ) { [cms] criteria, _ in try await cms.searchPages(criteria) },
            Endpoint(
                .get, "/V1/cmsPage/:pageId", access: Self.access, service: Self.service,
                operation: "getById", summary: "Retrieve page."
            ) { [cms] call in try await cms.page(id: try call.argument("pageId", as: Int.self)) },
            Endpoint(
                .post, "/V1/cmsPage", access: Self.access, service: Self.service,
                operation: "save", summary: "Save page.", body: [.required("page", CmsPage.self)]
            ) { [cms] call in try await cms.savePage(try call.argument("page", as: CmsPage.self)) },
            Endpoint(
                .put, "/V1/cmsPage/:id", access: Self.access, service: Self.service,
                operation: "save", summary: "Save page.", body: [.required("page", CmsPage.self)]
            ) { [cms] call in
                var page = try call.argument("page", as: CmsPage.self)
                page.id = try call.argument("id", as: Int.self)   // the URL's id wins
                return try await cms.savePage(page)
            },
            Endpoint(
                .delete, "/V1/cmsPage/:pageId", access: Self.access, service: Self.service,
                operation: "deleteById", summary: "Delete page by ID."
            ) { [cms] call in
                try await cms.deletePage(id: try call.argument("pageId", as: Int.self))
                return true
            },
        ]
    }
}
