import MagentoWire

extension MagentoClient {
    /// `/V1/categories…`
    public var categories: CategoriesAPI { CategoriesAPI(client: self) }
}

/// Categories: the tree, flat lists, get, create, update, delete, product assignment.
public struct CategoriesAPI: Sendable {
    let client: MagentoClient

    public func tree(rootCategoryId: Int? = nil, depth: Int? = nil) async throws -> CategoryTree {
        var query: [QueryItem] = []
        if let rootCategoryId { query.append(QueryItem("rootCategoryId", String(rootCategoryId))) }
        if let depth { query.append(QueryItem("depth", String(depth))) }
        return try await client.send(MagentoRequest<CategoryTree>(.get, ["categories"], query: query))
    }

    public func list(_ criteria: SearchCriteria = SearchCriteria()) async throws -> SearchResults<Category> {
        try await client.search(["categories", "list"], criteria)
    }

    public func pages(_ criteria: SearchCriteria = SearchCriteria(), pageSize: Int? = nil) -> OffsetPages<Category> {
        client.pages(["categories", "list"], criteria, pageSize: pageSize)
    }

    public func get(_ id: Int) async throws -> Category {
        try await client.send(MagentoRequest<Category>(.get, ["categories", String(id)]))
    }

    /// `POST /V1/categories` (without an id: Magento assigns one).
    public func create(_ category: Category) async throws -> Category {
        try await client.send(MagentoRequest<Category>(.post, ["categories"], object: [("category", category)]))
    }

    public func update(_ id: Int, _ category: Category) async throws -> Category {
        try await client.send(MagentoRequest<Category>(.put, ["categories", String(id)], object: [("category", category)]))
    }

    @discardableResult
    public func delete(_ id: Int) async throws -> Bool {
        try await client.send(MagentoRequest<Bool>(.delete, ["categories", String(id)]))
    }

    /// `PUT /V1/categories/:id/move`.
    @discardableResult
    public func move(_ id: Int, parentId: Int, afterId: Int? = nil) async throws -> Bool {
        var members: [(String, any Encodable)] = [("parentId", parentId)]
        if let afterId { members.append(("afterId", afterId)) }
        return try await client.send(MagentoRequest<Bool>(.put, ["categories", String(id), "move"], object: members))
    }

    @discardableResult
    public func assign(sku: String, to categoryId: Int, position: Int = 0) async throws -> Bool {
        let link = CategoryProductLink(sku: sku, position: position, categoryId: String(categoryId))
        return try await client.send(MagentoRequest<Bool>(.post, ["categories", String(categoryId), "products"], object: [("productLink", link)]))
    }
}
