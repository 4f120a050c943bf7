import CommerceDomain
import MagentoWire
import SQLKit

/// Websites, store groups, store views and `core_config_data`, read straight from their tables.
public struct SQLStoreRepository: StoreRepository {
    let provider: any DatabaseProvider

    public init(provider: any DatabaseProvider) {
        self.provider = provider
    }

    public func websites() async throws -> [Website] {
        try await provider.read { db in
            try await db.raw("SELECT website_id, code, name, default_group_id FROM store_website ORDER BY website_id").all().map { row in
                Website(
                    id: try row.decode(column: "website_id", as: Int.self),
                    code: try row.decode(column: "code", as: String.self),
                    name: try row.decode(column: "name", as: String.self),
                    defaultGroupId: try row.decode(column: "default_group_id", as: Int.self)
                )
            }
        }
    }

    public func groups() async throws -> [StoreGroup] {
        try await provider.read { db in
            try await db.raw("""
                SELECT group_id, website_id, root_category_id, default_store_id, name, code
                FROM store_group ORDER BY group_id
                """).all().map { row in
                StoreGroup(
                    id: try row.decode(column: "group_id", as: Int.self),
                    websiteId: try row.decode(column: "website_id", as: Int.self),
                    rootCategoryId: try row.decode(column: "root_category_id", as: Int.self),
                    defaultStoreId: try row.decode(column: "default_store_id", as: Int.self),
                    name: try row.decode(column: "name", as: String.self),
                    code: try row.decode(column: "code", as: String.self)
                )
            }
        }
    }

    public func views() async throws -> [StoreView] {
        try await provider.read { db in
            try await db.raw("SELECT store_id, code, name, website_id, group_id, is_active FROM store ORDER BY store_id").all().map { row in
                StoreView(
                    id: try row.decode(column: "store_id", as: Int.self),
                    code: try row.decode(column: "code", as: String.self),
                    name: try row.decode(column: "name", as: String.self),
                    websiteId: try row.decode(column: "website_id", as: Int.self),
                    storeGroupId: try row.decode(column: "group_id", as: Int.self),
                    isActive: try row.decode(column: "is_active", as: Int.self)
                )
            }
        }
    }

    public func configValues() async throws -> [ConfigValue] {
        try await provider.read { db in
            try await db.raw("SELECT scope, scope_id, path, value FROM core_config_data ORDER BY config_id").all().compactMap { row in
                // Only Magento's three scopes are meaningful; anything else is ignored, not fatal.
                guard let scope = ConfigValue.Scope(rawValue: try row.decode(column: "scope", as: String.self)) else {
                    return nil
                }
                return ConfigValue(
                    scope: scope,
                    scopeId: try row.decode(column: "scope_id", as: Int.self),
                    path: try row.decode(column: "path", as: String.self),
                    // A NULL value is Magento's "unset at this scope"; the port carries text.
                    value: try row.decode(column: "value", as: String?.self) ?? ""
                )
            }
        }
    }

    public func saveConfigValue(_ value: ConfigValue) async throws {
        try await provider.transaction { db in
            try await db.raw("""
                INSERT INTO core_config_data (scope, scope_id, path, value)
                VALUES (\(bind: value.scope.rawValue), \(bind: value.scopeId), \(bind: value.path), \(bind: value.value))
                ON CONFLICT (scope, scope_id, path) DO UPDATE SET value = excluded.value
                """).run()
        }
    }

    public func deleteConfigValue(scope: ConfigValue.Scope, scopeId: Int, path: String) async throws -> Bool {
        try await provider.transaction { db in
            try await db.raw("""
                DELETE FROM core_config_data
                WHERE scope = \(bind: scope.rawValue) AND scope_id = \(bind: scopeId) AND path = \(bind: path)
                RETURNING config_id
                """).first() != nil
        }
    }
}
