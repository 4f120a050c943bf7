import CommerceDomain
import HTTPTypes
import MagentoWire

/// Read-only catalog lookups: category attributes, media attribute types, the filterable flag.
public struct CatalogLookupRoutes: Sendable {
    let attributes: any ProductAttributeRepository
    let sets: any AttributeSetRepository

    public init(attributes: any ProductAttributeRepository, sets: any AttributeSetRepository) {
        self.attributes = attributes
        self.sets = sets
    }

    static let access = EndpointAccess.resources(["Magento_Catalog::attributes_attributes"])

    public var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/categories/attributes", access: Self.access, service: "catalogCategoryAttributeRepositoryV1", operation: "getList", summary: "Retrieve all attributes for entity type", query: [.searchCriteria], returns: SearchResults<ProductAttribute>.self) { call in
                let criteria = try call.searchCriteria()
                return SearchResults(items: CategoryAttributes.all, searchCriteria: criteria.echoed, totalCount: CategoryAttributes.all.count)
            },
            Endpoint(.get, "/V1/categories/attributes/:attributeCode", access: Self.access, service: "catalogCategoryAttributeRepositoryV1", operation: "get", summary: "Retrieve specific attribute") { call in
                let code = call.pathParameter("attributeCode")
                guard let attribute = CategoryAttributes.all.first(where: { $0.attributeCode == code }) else {
                    throw Self.noSuchAttribute(code)
                }
                return attribute
            },
            Endpoint(.get, "/V1/categories/attributes/:attributeCode/options", access: Self.access, service: "catalogCategoryAttributeOptionManagementV1", operation: "getItems", summary: "Retrieve list of attribute options") { call in
                let code = call.pathParameter("attributeCode")
                guard let options = CategoryAttributes.options(code) else { throw Self.noSuchAttribute(code) }
                return options
            },
            Endpoint(.get, "/V1/products/media/types/:attributeSetName", access: Self.access, service: "catalogProductMediaAttributeManagementV1", operation: "getList", summary: "Retrieve the list of media attributes (fronted input type is media_image) assigned to the given attribute set.") { [sets] call in
                let name = call.pathParameter("attributeSetName")
                let criteria = SearchCriteria(filterGroups: [FilterGroup(filters: [Filter(field: "attribute_set_name", value: name)])])
                guard let set = try await sets.searchSets(criteria).items.first, let id = set.attributeSetId else { return [ProductAttribute]() }
                return try await sets.attributes(inSet: id).filter { $0.frontendInput == "media_image" }
            },
            Endpoint(.get, "/V1/products/attributes/:attributeCode/is-filterable", access: Self.access, service: "catalogProductAttributeIsFilterableManagementV1", operation: "get", summary: "Retrieve 'is_filterable' property for attribute") { [attributes] call in
                try await attributes.attribute(code: call.pathParameter("attributeCode")).isFilterable == true ? 1 : 0
            },
            Endpoint(.put, "/V1/products/attributes/:attributeCode/is-filterable/:isFilterable", access: Self.access, service: "catalogProductAttributeIsFilterableManagementV1", operation: "set", summary: "Set 'is_filterable' property for attribute") { [attributes] call in
                var attribute = try await attributes.attribute(code: call.pathParameter("attributeCode"))
                attribute.isFilterable = try call.argument("isFilterable", as: Int.self) != 0
                attribute.options = nil
                _ = try await attributes.saveAttribute(attribute)
                return true
            },
        ]
    }

    static func noSuchAttribute(_ code: String) -> CommerceError {
        .notFound(message: "The attribute with a \"%1\" attributeCode doesn't exist. Verify the attribute and try again.", parameters: [code])
    }
}
