import CommerceDomain
import Foundation
import Logging
import SQLKit

/// The storage layer as the composition root sees it: one provider and the repositories over it.
public struct Storage: Sendable {
    public let provider: any DatabaseProvider
    public let clock: any CommerceClock
    public let stores: SQLStoreRepository
    public let adminUsers: SQLAdminUserRepository
    public let loginThrottle: SQLLoginThrottleRepository
    public let secrets: SQLSecretRepository
    public let events: SQLEventRepository
    public let inventory: SQLInventoryRepository
    public let bulks: SQLBulkRepository
    public let webhooks: SQLWebhookRepository
    public let idempotency: SQLIdempotencyStore
    public let integrations: SQLIntegrationRepository
    public let audit: SQLAuditLog
    public let productAttributes: SQLProductAttributeRepository
    public let attributeSets: SQLAttributeSetRepository
    public let products: SQLProductRepository
    public let bundleOptions: SQLBundleOptionRepository
    /// The storefront catalog read (GraphQL `products`).
    public let catalogSearch: SQLCatalogSearch
    public let categories: SQLCategoryRepository
    public let stockRegistry: SQLStockRegistry
    public let customers: SQLCustomerRepository
    public let customerGroups: SQLCustomerGroupRepository
    public let tax: SQLTaxRepository
    public let salesRules: SQLSalesRuleRepository
    public let cms: SQLCmsRepository
    public let sales: SQLSalesRepository
    public let quotes: SQLQuoteRepository
    public let checkoutAgreements: SQLCheckoutAgreementRepository
    public let twoFactor: SQLTwoFactorConfigRepository
    public let consoleSignOuts: SQLConsoleSignOuts

    public init(provider: any DatabaseProvider, clock: any CommerceClock) {
        self.provider = provider
        self.clock = clock
        self.stores = SQLStoreRepository(provider: provider)
        self.adminUsers = SQLAdminUserRepository(provider: provider, clock: clock)
        self.loginThrottle = SQLLoginThrottleRepository(provider: provider)
        self.secrets = SQLSecretRepository(provider: provider)
        self.events = SQLEventRepository(provider: provider)
        self.inventory = SQLInventoryRepository(provider: provider, clock: clock)
        self.bulks = SQLBulkRepository(provider: provider, clock: clock)
        self.webhooks = SQLWebhookRepository(provider: provider, clock: clock)
        self.idempotency = SQLIdempotencyStore(provider: provider)
        self.integrations = SQLIntegrationRepository(provider: provider, clock: clock)
        let attributes = SQLProductAttributeRepository(provider: provider, clock: clock)
        self.productAttributes = attributes
        self.attributeSets = SQLAttributeSetRepository(provider: provider, clock: clock)
        self.products = SQLProductRepository(provider: provider, clock: clock, attributes: attributes)
        self.bundleOptions = SQLBundleOptionRepository(provider: provider, clock: clock)
        self.catalogSearch = SQLCatalogSearch(provider: provider, attributes: attributes)
        self.categories = SQLCategoryRepository(provider: provider, clock: clock)
        self.stockRegistry = SQLStockRegistry(provider: provider, clock: clock)
        self.sales = SQLSalesRepository(provider: provider, clock: clock)
        self.audit = SQLAuditLog(provider: provider)
        self.customers = SQLCustomerRepository(provider: provider, clock: clock)
        self.customerGroups = SQLCustomerGroupRepository(provider: provider, clock: clock)
        self.tax = SQLTaxRepository(provider: provider, clock: clock)
        self.salesRules = SQLSalesRuleRepository(provider: provider, clock: clock)
        self.cms = SQLCmsRepository(provider: provider, clock: clock)
        self.quotes = SQLQuoteRepository(provider: provider, clock: clock)
        self.checkoutAgreements = SQLCheckoutAgreementRepository(provider: provider)
        self.twoFactor = SQLTwoFactorConfigRepository(provider: provider)
        self.consoleSignOuts = SQLConsoleSignOuts(provider: provider)
    }

    /// Opens the database at `location`. Call `migrate()` before first use. Reads past
    /// `statementTimeoutMilliseconds` are stopped (0 for no limit; see `StatementTimeout`).
    public static func open(
        _ location: DatabaseLocation, clock: any CommerceClock,
        statementTimeoutMilliseconds: Int = StatementTimeout.milliseconds(), logger: Logger
    ) async throws -> Storage {
        let provider: any DatabaseProvider = switch location.kind {
        case .sqliteFile(let path):
            try await SQLiteProvider.open(path: path, statementTimeoutMilliseconds: statementTimeoutMilliseconds, logger: logger)
        case .sqliteMemory:
            try await SQLiteProvider.openInMemory(statementTimeoutMilliseconds: statementTimeoutMilliseconds, logger: logger)
        case .postgres(let url):
            try PostgresProvider(url: url, statementTimeoutMilliseconds: statementTimeoutMilliseconds, logger: logger)
        }
        if provider.engine == .postgres {
            // The pool connects lazily; fail at start-up, not on the first request, when the
            // server is unreachable or the credentials are wrong.
            do {
                try await provider.read { db in try await db.raw("SELECT 1").run() }
            } catch {
                await provider.close()
                throw error
            }
        }
        return Storage(provider: provider, clock: clock)
    }

    /// Applies every pending migration; safe to run again and from several nodes at once.
    /// Returns the ids it applied.
    @discardableResult
    public func migrate() async throws -> [String] {
        try await Migrator(provider: provider, clock: clock, migrations: Migrations.all).run()
    }

    public func close() async {
        await provider.close()
    }
}
