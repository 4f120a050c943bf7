/// A `core_config_data` row: a setting at default, website or store-view scope.
public struct ConfigValue: Sendable, Equatable {
    public enum Scope: String, Sendable {
        case `default`
        case websites
        case stores
    }

    public var scope: Scope
    public var scopeId: Int
    public var path: String
    public var value: String

    public init(scope: Scope, scopeId: Int, path: String, value: String) {
        self.scope = scope
        self.scopeId = scopeId
        self.path = path
        self.value = value
    }
}
