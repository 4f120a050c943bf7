/// One step of the schema: an id that is recorded once applied, and its statements per engine.
///
/// The list in `Migrations.all` is append-only: never edit or reorder a migration that has
/// shipped, add a new one instead.
public struct Migration: Sendable {
    public let id: String
    public let statements: @Sendable (SchemaDialect) -> [String]

    public init(id: String, statements: @escaping @Sendable (SchemaDialect) -> [String]) {
        self.id = id
        self.statements = statements
    }
}

/// Every migration, in the order it is applied.
public enum Migrations {
    public static let all: [Migration] = [
        .baseSchema,
        .inventory,
        .bulk,
        .webhooks,
        .idempotency,
        .integrations,
        .audit,
        .catalog,
        .operationApplied,
        .oauthHandshake,
        .auditEntities,
        .queueIndex,
        .customers,
        .sales,
        .tax,
        .salesRules,
        .cms,
        .quotes,
        .pricingVersion,
        .catalogSearch,
        .lowStockNotifications,
        .bundleOptions,
        .geonames,
        .checkoutAgreements,
        .downloadable,
        .paymentTransactions,
        .downloadableAttributes,
        .inventoryReservation,
        .twoFactorAuth,
        .auditSearch,
        .consoleSignOuts,
    ]
}
