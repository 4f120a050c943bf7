import HTTPTypes

/// `GET /V1/modules`: the enabled modules, another common connection test.
public struct ModuleRoutes: Sendable {
    /// The Magento modules whose REST contract Magpie answers, plus Magpie's own.
    public static let modules = [
        "Magento_Store", "Magento_Directory", "Magento_Webapi", "Magento_Integration",
        "Magento_JwtUserToken", "Magento_Backend", "Magento_Inventory", "Magento_InventoryApi",
        "Magento_InventorySalesApi", "Magpie_Core",
    ]

    public init() {}

    public var endpoints: [Endpoint] {
        [
            Endpoint(
                .get, "/V1/modules", access: .resources(["Magento_Backend::admin"]),
                service: "backendModuleServiceV1", operation: "getModules",
                summary: "Get list of enabled module names"
            ) { _ in Self.modules },
        ]
    }
}
