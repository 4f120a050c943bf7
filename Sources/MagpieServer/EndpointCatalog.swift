import CommerceDomain
import MagentoREST

/// The endpoint table: every route the server answers, gathered from each resource's routes.
enum EndpointCatalog {
    static func all(adminTokens: AdminTokenService, events: any EventRepository) -> [Endpoint] {
        TokenRoutes(adminTokens: adminTokens).endpoints
            + StoreRoutes().endpoints
            + DirectoryRoutes().endpoints
            + ModuleRoutes().endpoints
            + EventRoutes(events: events).endpoints
    }
}
