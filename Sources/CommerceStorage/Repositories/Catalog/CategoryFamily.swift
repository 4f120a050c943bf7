import SQLKit

/// Every category's children and how many categories lie below it, from one read of the tree,
/// so a page of categories costs one statement more, not two per category.
struct CategoryFamily {
    /// Parent id → child ids in position order.
    var children: [Int: [Int]] = [:]

    static func load(on db: any SQLDatabase) async throws -> CategoryFamily {
        var family = CategoryFamily()
        for row in try await db.raw("SELECT entity_id, parent_id FROM catalog_category ORDER BY position, entity_id").all() {
            let id = try row.decode(column: "entity_id", as: Int.self)
            let parent = try row.decode(column: "parent_id", as: Int.self)
            if parent != id { family.children[parent, default: []].append(id) }
        }
        return family
    }

    /// How many categories lie below `id` at any depth.
    func descendants(of id: Int) -> Int {
        var count = 0
        var queue = children[id] ?? []
        var seen: Set<Int> = [id]
        while let next = queue.popLast() {
            guard seen.insert(next).inserted else { continue }
            count += 1
            queue += children[next] ?? []
        }
        return count
    }
}
