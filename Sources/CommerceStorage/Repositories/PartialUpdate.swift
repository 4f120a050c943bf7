import MagentoWire

/// Magento's repositories hydrate the stored record with what an update sends, so an update
/// changes only the fields present in the request.
enum PartialUpdate {
    /// `existing` with every field that `update` encodes (non-nil) put over it.
    static func overlay<Entity: Codable>(_ update: Entity, on existing: Entity) throws -> Entity {
        let encoder = MagentoEncoder()
        guard case .object(var base) = try encoder.encode(existing), case .object(let changes) = try encoder.encode(update) else {
            return update
        }
        for (key, value) in changes { base.setValue(value, forKey: key) }
        return try MagentoDecoder().decode(Entity.self, from: .object(base))
    }
}
