import CommerceDomain
import HTTPTypes
import MagentoWire

/// `GET /V1/store/*`: the connection test most clients run right after login.
public struct StoreRoutes: Sendable {
    public init() {}

    static let acl = EndpointAccess.resources(["Magento_Backend::store"])

    public var endpoints: [Endpoint] {
        [
            Endpoint(
                .get, "/V1/store/websites", access: Self.acl, service: "storeWebsiteRepositoryV1",
                operation: "getList", summary: "Retrieve list of all websites"
            ) { call in call.stores.websites },
            Endpoint(
                .get, "/V1/store/storeGroups", access: Self.acl, service: "storeGroupRepositoryV1",
                operation: "getList", summary: "Retrieve list of all groups"
            ) { call in call.stores.groups },
            Endpoint(
                .get, "/V1/store/storeViews", access: Self.acl, service: "storeStoreRepositoryV1",
                operation: "getList", summary: "Retrieve list of all stores"
            ) { call in call.stores.views },
            Endpoint(
                .get, "/V1/store/storeConfigs", access: Self.acl, service: "storeStoreConfigManagerV1",
                operation: "getStoreConfigs", summary: "Store configuration of the given store views",
                query: [QueryArgument("storeCodes", .stringArray)]
            ) { call in
                let codes = try call.optionalArgument("storeCodes", as: [String].self) ?? []
                return call.stores.storeConfigs(codes: codes, baseURL: call.baseURL)
            },
        ]
    }
}
