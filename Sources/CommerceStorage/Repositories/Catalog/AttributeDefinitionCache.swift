import CommerceDomain
import Foundation

/// Attribute definitions are read on every product save and search, and change rarely. This
/// process drops its copy on its own attribute writes; another process sharing PostgreSQL sees a
/// change within `lifetime`.
actor AttributeDefinitionCache {
    private var definitions: [String: AttributeDefinition]?
    private var loadedAt: ContinuousClock.Instant?
    private let lifetime: Duration

    init(lifetime: Duration = .seconds(5)) {
        self.lifetime = lifetime
    }

    func get(load: @Sendable () async throws -> [String: AttributeDefinition]) async throws -> [String: AttributeDefinition] {
        let now = ContinuousClock.now
        if let definitions, let loadedAt, now - loadedAt < lifetime {
            return definitions
        }
        let fresh = try await load()
        definitions = fresh
        loadedAt = now
        return fresh
    }

    func invalidate() {
        definitions = nil
    }
}
