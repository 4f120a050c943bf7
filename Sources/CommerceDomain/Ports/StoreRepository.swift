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
}
