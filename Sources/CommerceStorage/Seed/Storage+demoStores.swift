import CommerceDomain
import SQLKit

extension Storage {
    /// Adds the demo French store view (`fr`, id 2, in the main website) with its locale and
    /// currency, and allows EUR beside USD at a demo rate of 0.92. Idempotent: a second call changes nothing and writes
    /// no second event.
    public func seedDemoStores() async throws {
        let now = MagentoTimestamp.string(from: clock.now())
        try await provider.transaction { db in
            let inserted = try await db.raw("""
                INSERT INTO store (store_id, code, website_id, group_id, name, sort_order, is_active)
                VALUES (2, 'fr', 1, 1, 'French Store View', 0, 1)
                ON CONFLICT (store_id) DO NOTHING
                RETURNING store_id
                """).first()
            guard inserted != nil else { return }
            try await Self.upsertConfig(.init(scope: .stores, scopeId: 2, path: "general/locale/code", value: "fr_FR"), on: db)
            try await Self.upsertConfig(.init(scope: .stores, scopeId: 2, path: "currency/options/default", value: "EUR"), on: db)
            try await Self.upsertConfig(.init(scope: .default, scopeId: 0, path: "currency/options/allow", value: "USD,EUR"), on: db)
            // Rates from the base currency, read by `GET /V1/directory/currency`.
            try await Self.upsertConfig(.init(scope: .default, scopeId: 0, path: "currency/rate/EUR", value: "0.92"), on: db)
            let event = DomainEvent(
                type: "store.created", entityType: "store", entityId: "2",
                payload: #"{"code":"fr","name":"French Store View","website_id":1,"store_group_id":1}"#
            )
            try await Outbox.append(event, on: db, at: now)
        }
    }

    static func upsertConfig(_ config: ConfigValue, on db: any SQLDatabase) async throws {
        try await db.raw("""
            INSERT INTO core_config_data (scope, scope_id, path, value)
            VALUES (\(bind: config.scope.rawValue), \(bind: config.scopeId), \(bind: config.path), \(bind: config.value))
            ON CONFLICT (scope, scope_id, path) DO UPDATE SET value = excluded.value
            """).run()
    }
}
