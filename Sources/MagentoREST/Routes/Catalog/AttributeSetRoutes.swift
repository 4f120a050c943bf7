import CommerceDomain
import HTTPTypes
import MagentoWire

/// `/V1/products/attribute-sets…` and its EAV twin `/V1/eav/attribute-sets…`.
public struct AttributeSetRoutes: Sendable {
    let sets: any AttributeSetRepository

    public init(sets: any AttributeSetRepository) {
        self.sets = sets
    }

    static let access = EndpointAccess.resources(["Magento_Catalog::sets"])

    public var endpoints: [Endpoint] {
        setEndpoints(prefix: "/V1/products/attribute-sets", list: "/V1/products/attribute-sets/sets/list", service: "catalogAttributeSet")
            + setEndpoints(prefix: "/V1/eav/attribute-sets", list: "/V1/eav/attribute-sets/list", service: "eavAttributeSet")
            + assignmentEndpoints
    }

    func setEndpoints(prefix: String, list: String, service: String) -> [Endpoint] {
        let repository = service + "RepositoryV1"
        let isEAV = prefix.hasPrefix("/V1/eav")
        return [
            .search(list, access: Self.access, service: repository, summary: "Retrieve list of Attribute Sets") { [sets] criteria, _ in
                try await sets.searchSets(criteria)
            },
            Endpoint(
                .get, prefix + "/:attributeSetId", access: Self.access, service: repository, operation: "get",
                summary: "Retrieve attribute set information based on given ID"
            ) { [sets] call in try await sets.attributeSet(id: try call.argument("attributeSetId", as: Int.self)) },
            Endpoint(
                .post, prefix, access: Self.access, service: service + "ManagementV1", operation: "create",
                summary: "Create attribute set from data", body: (isEAV ? [.required("entityTypeCode", String.self)] : [])
                    + [.required("attributeSet", AttributeSet.self), .required("skeletonId", Int.self)]
            ) { [sets] call in
                if isEAV {
                    let type = try call.argument("entityTypeCode", as: String.self)
                    guard type == "catalog_product" else {
                        throw CommerceError.invalidInput(message: "Invalid entity_type specified: %1", parameters: [type])
                    }
                }
                return try await sets.createSet(
                    try call.argument("attributeSet", as: AttributeSet.self), skeletonId: try call.argument("skeletonId", as: Int.self)
                )
            },
            Endpoint(
                .put, prefix + "/:attributeSetId", access: Self.access, service: repository, operation: "save",
                summary: "Save attribute set data", body: [.required("attributeSet", AttributeSet.self)]
            ) { [sets] call in
                var set = try call.argument("attributeSet", as: AttributeSet.self)
                set.attributeSetId = try call.argument("attributeSetId", as: Int.self)
                return try await sets.updateSet(set)
            },
            Endpoint(
                .delete, prefix + "/:attributeSetId", access: Self.access, service: repository, operation: "deleteById",
                summary: "Remove attribute set by given ID"
            ) { [sets] call in
                try await sets.deleteSet(id: try call.argument("attributeSetId", as: Int.self))
                return true
            },
        ]
    }

    var assignmentEndpoints: [Endpoint] {
        let management = "catalogProductAttributeManagementV1"
        let groups = "catalogProductAttributeGroupRepositoryV1"
        return [
            Endpoint(
                .get, "/V1/products/attribute-sets/:attributeSetId/attributes", access: Self.access, service: management,
                operation: "getAttributes", summary: "Retrieve related attributes based on given attribute set ID"
            ) { [sets] call in try await sets.attributes(inSet: try call.argument("attributeSetId", as: Int.self)) },
            Endpoint(
                .post, "/V1/products/attribute-sets/attributes", access: Self.access, service: management, operation: "assign",
                summary: "Assign attribute to attribute set",
                body: [.required("attributeSetId", Int.self), .required("attributeGroupId", Int.self), .required("attributeCode", String.self), .required("sortOrder", Int.self)]
            ) { [sets] call in
                String(try await sets.assign(
                    setId: try call.argument("attributeSetId", as: Int.self), groupId: try call.argument("attributeGroupId", as: Int.self),
                    code: try call.argument("attributeCode", as: String.self), sortOrder: try call.argument("sortOrder", as: Int.self)
                ))
            },
            Endpoint(
                .delete, "/V1/products/attribute-sets/:attributeSetId/attributes/:attributeCode", access: Self.access,
                service: management, operation: "unassign", summary: "Remove attribute from attribute set"
            ) { [sets] call in
                try await sets.unassign(setId: try call.argument("attributeSetId", as: Int.self), code: call.pathParameter("attributeCode"))
                return true
            },
            .search(
                "/V1/products/attribute-sets/groups/list", access: Self.access, service: groups,
                summary: "Retrieve list of attribute groups"
            ) { [sets] criteria, _ in try await sets.searchGroups(criteria) },
            Endpoint(
                .post, "/V1/products/attribute-sets/groups", access: Self.access, service: groups, operation: "save",
                summary: "Save attribute group", body: [.required("group", AttributeGroup.self)]
            ) { [sets] call in try await sets.saveGroup(try call.argument("group", as: AttributeGroup.self)) },
            Endpoint(
                .put, "/V1/products/attribute-sets/:attributeSetId/groups", access: Self.access, service: groups,
                operation: "save", summary: "Save attribute group", body: [.required("group", AttributeGroup.self)]
            ) { [sets] call in
                var group = try call.argument("group", as: AttributeGroup.self)
                group.attributeSetId = try call.argument("attributeSetId", as: Int.self)
                return try await sets.saveGroup(group)
            },
            Endpoint(
                .delete, "/V1/products/attribute-sets/groups/:groupId", access: Self.access, service: groups,
                operation: "deleteById", summary: "Remove attribute group by given ID"
            ) { [sets] call in
                try await sets.deleteGroup(id: try call.argument("groupId", as: Int.self))
                return true
            },
        ]
    }
}
