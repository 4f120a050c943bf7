import CommerceDomain
import HTTPTypes
import MagentoWire

/// `/V1/customerGroups…`: CRUD, search, the default group and the read-only check.
public struct CustomerGroupRoutes: Sendable {
    let groups: any CustomerGroupRepository

    public init(groups: any CustomerGroupRepository) {
        self.groups = groups
    }

    static let access = EndpointAccess.resources(["Magento_Customer::group"])
    static let repository = "customerGroupRepositoryV1"
    static let management = "customerGroupManagementV1"

    public var endpoints: [Endpoint] {
        [
            .search(
                "/V1/customerGroups/search", access: Self.access, service: Self.repository,
                summary: "Retrieve customer groups."
            ) { [groups] criteria, _ in try await groups.searchGroups(criteria) },
            Endpoint(
                .get, "/V1/customerGroups/default", access: Self.access, service: Self.management, operation: "getDefaultGroup",
                summary: "Get default customer group."
            ) { [groups] _ in try await groups.group(id: try await groups.defaultGroupId()) },
            Endpoint(
                .get, "/V1/customerGroups/default/:storeId", access: Self.access, service: Self.management,
                operation: "getDefaultGroup", summary: "Get default customer group."
            ) { [groups] call in
                let storeId = try call.argument("storeId", as: Int.self)
                guard call.stores.views.contains(where: { $0.id == storeId }) else {
                    throw CommerceError.notFound(message: "The store that was requested wasn't found. Verify the store and try again.")
                }
                return try await groups.group(id: try await groups.defaultGroupId())
            },
            Endpoint(
                .put, "/V1/customerGroups/default/:id", access: Self.access, service: "customerCustomerGroupConfigV1",
                operation: "setDefaultCustomerGroup", summary: "Set system default customer group."
            ) { [groups] call in
                let id = try call.argument("id", as: Int.self)
                try await groups.setDefaultGroup(id: id)
                return id
            },
            Endpoint(
                .get, "/V1/customerGroups/:id/permissions", access: Self.access, service: Self.management,
                operation: "isReadonly", summary: "Check if customer group can be deleted."
            ) { [groups] call in
                let id = try call.argument("id", as: Int.self)
                _ = try await groups.group(id: id)
                return CustomerGroups.isProtected(id, defaultGroupId: try await groups.defaultGroupId())
            },
            Endpoint(
                .get, "/V1/customerGroups/:id", access: Self.access, service: Self.repository, operation: "getById",
                summary: "Get customer group by group ID."
            ) { [groups] call in try await groups.group(id: try call.argument("id", as: Int.self)) },
            Endpoint(
                .post, "/V1/customerGroups", access: Self.access, service: Self.repository, operation: "save",
                summary: "Save customer group.", body: [.required("group", CustomerGroup.self)]
            ) { [groups] call in
                var group = try call.argument("group", as: CustomerGroup.self)
                group.id = nil
                return try await groups.saveGroup(group)
            },
            Endpoint(
                .put, "/V1/customerGroups/:id", access: Self.access, service: Self.repository, operation: "save",
                summary: "Save customer group.", body: [.required("group", CustomerGroup.self)]
            ) { [groups] call in
                var group = try call.argument("group", as: CustomerGroup.self)
                group.id = try call.argument("id", as: Int.self)   // the URL's id wins
                return try await groups.saveGroup(group)
            },
            Endpoint(
                .delete, "/V1/customerGroups/:id", access: Self.access, service: Self.repository, operation: "deleteById",
                summary: "Delete customer group by ID."
            ) { [groups] call in
                try await groups.deleteGroup(id: try call.argument("id", as: Int.self))
                return true
            },
        ]
    }
}
