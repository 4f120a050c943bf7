extension StandardAttributes {
    /// The Bundle module's product attributes, added by migration `0022_bundle_options`. Ids are a
    /// 2.4 install's; `weight_type` (121 there) is left out because Magpie's `url_key` holds 121.
    /// Values are Magento's: `price_type` and `sku_type` 0 dynamic, 1 fixed; `price_view` 0 price
    /// range, 1 "as low as"; `shipment_type` 0 together, 1 separately.
    public static let bundleEntries: [Entry] = [
        entry(119, "price_type", "Dynamic Price", "boolean", "int", .global, "Product Details", fixed: [("0", "Dynamic"), ("1", "Fixed")]),
        entry(120, "sku_type", "Dynamic SKU", "boolean", "int", .global, "Product Details", fixed: [("0", "Dynamic"), ("1", "Fixed")]),
        entry(
            122, "price_view", "Price View", "select", "int", .global, "Advanced Pricing",
            source: "Magento\\Bundle\\Model\\Product\\Attribute\\Source\\Price\\View", fixed: [("0", "Price Range"), ("1", "As Low as")]
        ),
        entry(
            123, "shipment_type", "Ship Bundle Items", "select", "int", .global, "Product Details",
            source: "Magento\\Bundle\\Model\\Product\\Attribute\\Source\\Shipment\\Type", fixed: [("0", "Together"), ("1", "Separately")]
        ),
    ]
}
