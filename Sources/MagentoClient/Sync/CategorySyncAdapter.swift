import MagentoWire

/// Syncs categories. Ids differ between stores, so the state file maps source ids to target
/// ids; a category whose parent is not mapped yet syncs the parent first. Roots (levels 0 and 1)
/// map to the same ids, as every Magento installation has them. Categories are matched by name
/// under the mapped parent before one is created, so a second store seeded alike is adopted.
public struct CategorySyncAdapter: SyncAdapter {
    public typealias Record = Category
    public let entity = "categories"
    public var isCritical: Bool
    /// Parents must exist before children: one at a time.
    public var maximumConcurrency: Int { 1 }

    public init(isCritical: Bool = false) {
        self.isCritical = isCritical
    }

    public func fetch(_ criteria: SearchCriteria, from source: MagentoClient) async throws -> SearchResults<Category> {
        try await source.categories.list(criteria)
    }

    public func pagingKey(of record: Category) -> Int? { record.id }
    public func key(of record: Category) -> String { record.id.map(String.init) ?? "" }
    public func stamp(of record: Category) -> String? { record.updatedAt }

    public func apply(_ record: Category, context: SyncContext) async throws {
        _ = try await targetId(of: record, context: context)
    }

    private func targetId(of record: Category, context: SyncContext) async throws -> Int {
        guard let sourceId = record.id else { throw MagentoClientError.invalidRequest("a category without an id") }
        let level = record.level ?? 2
        if level <= 1 {
            try await context.state.setTargetId(entity, sourceId: String(sourceId), targetId: String(sourceId))
            if level == 1, record.name != nil {
                _ = try await context.target.categories.update(sourceId, Self.content(of: record, parentId: nil))
            }
            return sourceId
        }
        let parentId = try await mappedParent(of: record, context: context)
        let body = Self.content(of: record, parentId: parentId)
        if let mapped = try await context.state.targetId(entity, sourceId: String(sourceId)).flatMap({ Int($0) }) {
            do {
                let current = try await context.target.categories.get(mapped)
                _ = try await context.target.categories.update(mapped, body)
                if current.parentId != parentId { try await context.target.categories.move(mapped, parentId: parentId) }
                return mapped
            } catch let error as MagentoClientError where error.status == 404 {
                // Deleted in the target since the last run: create it again below.
            }
        }
        let siblings = try await context.target.categories.list(
            SearchCriteriaBuilder().where("parent_id", .eq, String(parentId)).where("name", .eq, record.name ?? "").build()
        )
        let id: Int
        if let existing = siblings.items.first?.id {
            _ = try await context.target.categories.update(existing, body)
            id = existing
        } else {
            guard let created = try await context.target.categories.create(body).id else {
                throw MagentoClientError.decoding("the target answered a category without an id")
            }
            id = created
        }
        try await context.state.setTargetId(entity, sourceId: String(sourceId), targetId: String(id))
        return id
    }

    private func mappedParent(of record: Category, context: SyncContext) async throws -> Int {
        let parent = record.parentId ?? 2
        if let mapped = try await context.state.targetId(entity, sourceId: String(parent)).flatMap({ Int($0) }) { return mapped }
        return try await targetId(of: try await context.source.categories.get(parent), context: context)
    }

    /// What is copied: names, flags, sort options and custom attributes; never ids, paths or timestamps.
    static func content(of record: Category, parentId: Int?) -> Category {
        Category(
            parentId: parentId, name: record.name, isActive: record.isActive,
            availableSortBy: record.availableSortBy, includeInMenu: record.includeInMenu, customAttributes: record.customAttributes
        )
    }
}
