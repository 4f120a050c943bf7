import MagentoWire

/// Websites, store groups, store views and their configuration.
public protocol StoreRepository: Sendable {
    /// All websites including the admin website (id 0, code `admin`), ordered by id.
    func websites() async throws -> [Website]
    /// All store groups including the admin group (id 0), ordered by id.
    func groups() async throws -> [StoreGroup]
    /// All store views including the admin view (id 0, code `admin`), ordered by id.
    func views() async throws -> [StoreView]
    /// Every configuration row, all scopes.
    func configValues() async throws -> [ConfigValue]
    /// Sets one configuration value (inserting or replacing the row for its scope and path).
    func saveConfigValue(_ value: ConfigValue) async throws
    /// Removes the value at one scope, so the next scope up applies; true when a row was removed.
    func deleteConfigValue(scope: ConfigValue.Scope, scopeId: Int, path: String) async throws -> Bool
}
