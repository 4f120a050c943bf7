/// Magento's ACL resource tree (the parts the API uses), child → parent, from the modules'
/// `acl.xml`. Granting a resource grants everything under it, as Magento's ACL inherits rules
/// down the tree: an integration given `Magento_Catalog::catalog` may use the product routes.
public enum AclTree {
    public static let parents: [String: String] = [
        // Catalog
        "Magento_Catalog::catalog": "Magento_Backend::admin",
        "Magento_Catalog::catalog_inventory": "Magento_Catalog::catalog",
        "Magento_Catalog::products": "Magento_Catalog::catalog_inventory",
        "Magento_Catalog::categories": "Magento_Catalog::catalog_inventory",
        // Stores
        "Magento_Backend::stores": "Magento_Backend::admin",
        "Magento_Backend::stores_settings": "Magento_Backend::stores",
        "Magento_Backend::store": "Magento_Backend::stores_settings",
        "Magento_Config::config": "Magento_Backend::stores_settings",
        "Magento_CheckoutAgreements::checkoutagreement": "Magento_Backend::stores_settings",
        "Magento_CatalogInventory::cataloginventory": "Magento_Config::config",
        "Magento_TwoFactorAuth::config": "Magento_Config::config",
        "Magento_Backend::stores_attributes": "Magento_Backend::stores",
        "Magento_Catalog::attributes_attributes": "Magento_Backend::stores_attributes",
        "Magento_Catalog::sets": "Magento_Backend::stores_attributes",
        // MSI
        "Magento_InventoryApi::inventory": "Magento_Backend::stores",
        "Magento_InventoryApi::source": "Magento_InventoryApi::inventory",
        "Magento_InventoryApi::source_edit": "Magento_InventoryApi::source",
        "Magento_InventoryApi::stock": "Magento_InventoryApi::inventory",
        "Magento_InventoryApi::stock_edit": "Magento_InventoryApi::stock",
        "Magento_InventoryApi::stock_delete": "Magento_InventoryApi::stock",
        "Magento_InventoryApi::stock_source_link": "Magento_InventoryApi::stock",
        "Magento_InventoryApi::stock_source_item_assign": "Magento_InventoryApi::stock",
        "Magento_InventorySalesApi::stock": "Magento_InventoryApi::stock",
        "Magento_InventorySourceSelectionApi::source_selection": "Magento_InventoryApi::inventory",
        "Magento_InventoryLowQuantityNotificationApi::low_quantity_notification": "Magento_InventoryApi::source",
        "Magento_InventoryLowQuantityNotificationApi::stock_create_low_quantity_notification": "Magento_InventoryApi::source",
        "Magento_InventoryLowQuantityNotificationApi::stock_delete_low_quantity_notification": "Magento_InventoryApi::source",
        "Magento_InventorySourceSelectionApi::source_selection_algorithm": "Magento_InventorySourceSelectionApi::source_selection",
        "Magento_InventorySourceSelectionApi::source_selection_algorithm_post": "Magento_InventorySourceSelectionApi::source_selection",
        // System
        "Magento_Backend::system": "Magento_Backend::admin",
        "Magento_Integration::extensions": "Magento_Backend::system",
        "Magento_Integration::integrations": "Magento_Integration::extensions",
        "Magento_User::acl": "Magento_Backend::system",
        "Magento_TwoFactorAuth::tfa": "Magento_User::acl",
        "Magento_Logging::magento_logging": "Magento_Backend::system",
        "Magento_Backend::convert": "Magento_Backend::system",
        "Magento_Analytics::analytics": "Magento_Backend::admin",
        "Magento_Analytics::analytics_api": "Magento_Analytics::analytics",
        "Magento_ImportExport::import": "Magento_Backend::convert",
        "Magento_ImportCsvApi::import_api": "Magento_ImportExport::import",
        "Magento_Logging::system_magento_logging_bulk_operations": "Magento_Logging::magento_logging",
        // Sales
        "Magento_Sales::sales": "Magento_Backend::admin",
        "Magento_Sales::sales_operation": "Magento_Sales::sales",
        "Magento_Cart::cart": "Magento_Sales::sales",
        "Magento_Cart::manage": "Magento_Cart::cart",
        "Magento_Sales::sales_order": "Magento_Sales::sales_operation",
        "Magento_Sales::actions": "Magento_Sales::sales_order",
        "Magento_Sales::create": "Magento_Sales::actions",
        "Magento_Sales::actions_view": "Magento_Sales::actions",
        "Magento_Sales::email": "Magento_Sales::actions",
        "Magento_Sales::emails": "Magento_Sales::actions",
        "Magento_Sales::reorder": "Magento_Sales::actions",
        "Magento_Sales::actions_edit": "Magento_Sales::actions",
        "Magento_Sales::cancel": "Magento_Sales::actions",
        "Magento_Sales::review_payment": "Magento_Sales::actions",
        "Magento_Sales::capture": "Magento_Sales::actions",
        "Magento_Sales::invoice": "Magento_Sales::actions",
        "Magento_Sales::creditmemo": "Magento_Sales::actions",
        "Magento_Sales::hold": "Magento_Sales::actions",
        "Magento_Sales::unhold": "Magento_Sales::actions",
        "Magento_Sales::ship": "Magento_Sales::actions",
        "Magento_InventoryInStorePickupApi::notify_orders_are_ready_for_pickup": "Magento_Sales::actions",
        "Magento_Sales::comment": "Magento_Sales::actions",
        "Magento_Sales::sales_invoice": "Magento_Sales::sales_operation",
        "Magento_Sales::shipment": "Magento_Sales::sales_operation",
        "Magento_Sales::sales_creditmemo": "Magento_Sales::sales_operation",
        "Magento_Sales::transactions": "Magento_Sales::sales_operation",
        "Magento_Sales::transactions_fetch": "Magento_Sales::transactions",
        // Magpie's own, under System
        "Magpie_Events::events": "Magento_Backend::system",
        "Magpie_Webhooks::manage": "Magento_Backend::system",
        "Magpie_Audit::view": "Magento_Backend::system",
        "Magpie_ERP::stock": "Magento_Backend::system",
        "Magpie_Faults::manage": "Magento_Backend::system",
        "Magpie_Clock::manage": "Magento_Backend::system",
        "Magpie_Snapshots::manage": "Magento_Backend::system",
        "Magpie_Sandboxes::manage": "Magento_Backend::system",
    ]

    /// The resource and every resource above it, nearest first.
    public static func lineage(of resource: String) -> [String] {
        var chain = [resource]
        var current = resource
        while let parent = parents[current], !chain.contains(parent) {
            chain.append(parent)
            current = parent
        }
        return chain
    }
}
