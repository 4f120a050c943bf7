import CommerceDomain
import HTTPTypes
import MagentoWire

/// `/V1/categories…`: the tree, search, CRUD, moves and product assignments.
public struct CategoryRoutes: Sendable {
    let categories: any CategoryRepository

    public init(categories: any CategoryRepository) {
        self.categories = categories
    }

    static let access = EndpointAccess.resources(["Magento_Catalog::categories"])
    static let repository = "catalogCategoryRepositoryV1"
    static let management = "catalogCategoryManagementV1"
    static let links = "catalogCategoryLinkRepositoryV1"

    public var endpoints: [Endpoint] {
        [
            Endpoint(
                .get, "/V1/categories", access: Self.access, service: Self.management, operation: "getTree",
                summary: "Retrieve list of categories",
                query: [QueryArgument("rootCategoryId", .string), QueryArgument("depth", .string)]
            ) { [categories] call in
                try await categories.tree(
                    rootId: try call.optionalArgument("rootCategoryId", as: Int.self),
                    depth: try call.optionalArgument("depth", as: Int.self), scope: call.catalogScope
                )
            },
            .search(
                "/V1/categories/list", access: Self.access, service: "catalogCategoryListV1",
                summary: "Get category list"
            ) { [categories] criteria, call in try await categories.searchCategories(criteria, scope: call.catalogScope) },
            Endpoint(
                .get, "/V1/categories/:categoryId", access: Self.access, service: Self.repository, operation: "get",
                summary: "Get info about category by category id"
            ) { [categories] call in
                try await categories.category(id: try call.argument("categoryId", as: Int.self), scope: call.catalogScope)
            },
            Endpoint(
                .post, "/V1/categories", access: Self.access, service: Self.repository, operation: "save",
                summary: "Create category service", body: [.required("category", Category.self)]
            ) { [categories] call in
                try await categories.saveCategory(try call.argument("category", as: Category.self), scope: call.catalogScope)
            },
            Endpoint(
                .put, "/V1/categories/:id", access: Self.access, service: Self.repository, operation: "save",
                summary: "Create category service", body: [.required("category", Category.self)]
            ) { [categories] call in
                var category = try call.argument("category", as: Category.self)
                category.id = try call.argument("id", as: Int.self)
                return try await categories.saveCategory(category, scope: call.catalogScope)
            },
            Endpoint(
                .delete, "/V1/categories/:categoryId", access: Self.access, service: Self.repository,
                operation: "deleteByIdentifier", summary: "Delete category by identifier"
            ) { [categories] call in
                try await categories.deleteCategory(id: try call.argument("categoryId", as: Int.self))
                return true
            },
            Endpoint(
                .put, "/V1/categories/:categoryId/move", access: Self.access, service: Self.management, operation: "move",
                summary: "Move category", body: [.required("parentId", Int.self), .optional("afterId", Int.self)]
            ) { [categories] call in
                try await categories.moveCategory(
                    id: try call.argument("categoryId", as: Int.self), parentId: try call.argument("parentId", as: Int.self),
                    afterId: try call.optionalArgument("afterId", as: Int.self)
                )
                return true
            },
            Endpoint(
                .get, "/V1/categories/:categoryId/products", access: Self.access, service: "catalogCategoryLinkManagementV1",
                operation: "getAssignedProducts", summary: "Get products assigned to category"
            ) { [categories] call in
                try await categories.assignedProducts(categoryId: try call.argument("categoryId", as: Int.self))
            },
            saveLink(.post),
            saveLink(.put),
            Endpoint(
                .delete, "/V1/categories/:categoryId/products/:sku", access: Self.access, service: Self.links,
                operation: "deleteByIds", summary: "Remove the product assignment from the category by category id and sku"
            ) { [categories] call in
                try await categories.deleteProductLink(categoryId: try call.argument("categoryId", as: Int.self), sku: call.pathParameter("sku"))
                return true
            },
        ]
    }

    private func saveLink(_ method: HTTPRequest.Method) -> Endpoint {
        Endpoint(
            method, "/V1/categories/:categoryId/products", access: Self.access, service: Self.links, operation: "save",
            summary: "Assign a product to the required category", body: [.required("productLink", CategoryProductLink.self)]
        ) { [categories] call in
            var link = try call.argument("productLink", as: CategoryProductLink.self)
            link.categoryId = call.pathParameter("categoryId")   // the URL's category wins
            try await categories.saveProductLink(link)
            return true
        }
    }
}
