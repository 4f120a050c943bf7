import CommerceDomain
import CommerceStorage
import MagentoGraphQL
import MagentoREST
import MagentoWire

/// The GraphQL areas served at `/graphql`, each given the ports it needs. One line per area:
/// an area added here is in the schema and answered, nothing else to register.
enum GraphQLComposition {
    static func areas(storage: Storage, adminTokens: AdminTokenService, stock: StockConfiguration) async throws -> [any GraphQLArea] {
        let checkout = CheckoutService(
            quotes: storage.quotes, products: storage.products, attributes: storage.productAttributes, stock: { stock },
            registry: storage.stockRegistry
        )
        let catalog = CatalogPorts(
            search: storage.catalogSearch, categories: storage.categories, attributes: storage.productAttributes, cms: storage.cms
        )
        return [
            StoreArea(),
            CheckoutAgreementArea(agreements: storage.checkoutAgreements),
            CatalogArea(ports: catalog, filterable: try await CatalogArea.filterableAttributes(storage.productAttributes)),
            CartArea(
                checkout: checkout, customers: storage.customers, sales: storage.sales,
                attributes: storage.productAttributes, catalog: catalog
            ),
            CustomerArea(
                accounts: CustomerAccountService(sharingWith: adminTokens, customers: storage.customers),
                tokens: CustomerTokenService(sharingWith: adminTokens, customers: storage.customers), sales: storage.sales
            ),
        ]
    }

    static func endpoint(
        storage: Storage, stores: StoreDirectory, settings: RESTSettings, adminTokens: AdminTokenService, stock: StockConfiguration
    ) async throws -> GraphQLEndpoint {
        let engine = try GraphQLEngine(areas: try await areas(storage: storage, adminTokens: adminTokens, stock: stock))
        let salt = try await storage.secrets.secret(named: "graphql_id_salt", orStore: MagpieApplication.randomSecret())
        let customers = storage.customers
        let events = storage.events
        return GraphQLEndpoint(
            engine: engine, stores: stores,
            settings: GraphQLEndpoint.Settings(baseURL: settings.baseURL, maxBodyBytes: settings.maxBodyBytes, cacheIdSalt: salt),
            customerGroup: { id in (try? await customers.customer(id: id).groupId) ?? 1 },
            writeVersion: { try? await events.latestEventId() },
            today: { [clock = storage.clock] in String(MagentoTimestamp.string(from: clock.now()).prefix(10)) }
        )
    }
}
