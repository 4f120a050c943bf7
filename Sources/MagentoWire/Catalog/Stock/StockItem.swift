import Foundation

/// `cataloginventory-data-stock-item-interface`: a product's legacy stock row (`/V1/stockItems/:sku`,
/// `extension_attributes.stock_item` of a product).
///
/// Quantities are `Decimal` (`is_qty_decimal` products carry fractions). Input is merged into the
/// stored row, so every field is optional. Nil fields are omitted from output except
/// `low_stock_date`, which Magento sends as `null`.
public struct StockItem: Codable, Sendable, Equatable {
    public var itemId: Int?
    public var productId: Int?
    public var stockId: Int?
    public var qty: Decimal?
    public var isInStock: Bool?
    public var isQtyDecimal: Bool?
    public var showDefaultNotificationMessage: Bool?
    public var useConfigMinQty: Bool?
    /// Out-of-stock threshold.
    public var minQty: Decimal?
    /// An int in the interface and schema, unlike its `use_config_*` siblings.
    public var useConfigMinSaleQty: Int?
    public var minSaleQty: Decimal?
    public var useConfigMaxSaleQty: Bool?
    public var maxSaleQty: Decimal?
    public var useConfigBackorders: Bool?
    /// 0 no, 1 allow quantity below 0, 2 allow and notify the customer.
    public var backorders: Int?
    public var useConfigNotifyStockQty: Bool?
    public var notifyStockQty: Decimal?
    public var useConfigQtyIncrements: Bool?
    public var qtyIncrements: Decimal?
    public var useConfigEnableQtyInc: Bool?
    public var enableQtyIncrements: Bool?
    public var useConfigManageStock: Bool?
    public var manageStock: Bool?
    /// Sent as `null` when unset: its getter is declared non-nullable (`@return string`).
    public var lowStockDate: String?
    public var isDecimalDivided: Bool?
    public var stockStatusChangedAuto: Int?
    public var extensionAttributes: JSONObject?

    public init(
        itemId: Int? = nil,
        productId: Int? = nil,
        stockId: Int? = nil,
        qty: Decimal? = nil,
        isInStock: Bool? = nil,
        isQtyDecimal: Bool? = nil,
        showDefaultNotificationMessage: Bool? = nil,
        useConfigMinQty: Bool? = nil,
        minQty: Decimal? = nil,
        useConfigMinSaleQty: Int? = nil,
        minSaleQty: Decimal? = nil,
        useConfigMaxSaleQty: Bool? = nil,
        maxSaleQty: Decimal? = nil,
        useConfigBackorders: Bool? = nil,
        backorders: Int? = nil,
        useConfigNotifyStockQty: Bool? = nil,
        notifyStockQty: Decimal? = nil,
        useConfigQtyIncrements: Bool? = nil,
        qtyIncrements: Decimal? = nil,
        useConfigEnableQtyInc: Bool? = nil,
        enableQtyIncrements: Bool? = nil,
        useConfigManageStock: Bool? = nil,
        manageStock: Bool? = nil,
        lowStockDate: String? = nil,
        isDecimalDivided: Bool? = nil,
        stockStatusChangedAuto: Int? = nil,
        extensionAttributes: JSONObject? = nil
    ) {
        self.itemId = itemId
        self.productId = productId
        self.stockId = stockId
        self.qty = qty
        self.isInStock = isInStock
        self.isQtyDecimal = isQtyDecimal
        self.showDefaultNotificationMessage = showDefaultNotificationMessage
        self.useConfigMinQty = useConfigMinQty
        self.minQty = minQty
        self.useConfigMinSaleQty = useConfigMinSaleQty
        self.minSaleQty = minSaleQty
        self.useConfigMaxSaleQty = useConfigMaxSaleQty
        self.maxSaleQty = maxSaleQty
        self.useConfigBackorders = useConfigBackorders
        self.backorders = backorders
        self.useConfigNotifyStockQty = useConfigNotifyStockQty
        self.notifyStockQty = notifyStockQty
        self.useConfigQtyIncrements = useConfigQtyIncrements
        self.qtyIncrements = qtyIncrements
        self.useConfigEnableQtyInc = useConfigEnableQtyInc
        self.enableQtyIncrements = enableQtyIncrements
        self.useConfigManageStock = useConfigManageStock
        self.manageStock = manageStock
        self.lowStockDate = lowStockDate
        self.isDecimalDivided = isDecimalDivided
        self.stockStatusChangedAuto = stockStatusChangedAuto
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case itemId = "item_id"
        case productId = "product_id"
        case stockId = "stock_id"
        case qty
        case isInStock = "is_in_stock"
        case isQtyDecimal = "is_qty_decimal"
        case showDefaultNotificationMessage = "show_default_notification_message"
        case useConfigMinQty = "use_config_min_qty"
        case minQty = "min_qty"
        case useConfigMinSaleQty = "use_config_min_sale_qty"
        case minSaleQty = "min_sale_qty"
        case useConfigMaxSaleQty = "use_config_max_sale_qty"
        case maxSaleQty = "max_sale_qty"
        case useConfigBackorders = "use_config_backorders"
        case backorders
        case useConfigNotifyStockQty = "use_config_notify_stock_qty"
        case notifyStockQty = "notify_stock_qty"
        case useConfigQtyIncrements = "use_config_qty_increments"
        case qtyIncrements = "qty_increments"
        case useConfigEnableQtyInc = "use_config_enable_qty_inc"
        case enableQtyIncrements = "enable_qty_increments"
        case useConfigManageStock = "use_config_manage_stock"
        case manageStock = "manage_stock"
        case lowStockDate = "low_stock_date"
        case isDecimalDivided = "is_decimal_divided"
        case stockStatusChangedAuto = "stock_status_changed_auto"
        case extensionAttributes = "extension_attributes"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(itemId, forKey: .itemId)
        try container.encodeIfPresent(productId, forKey: .productId)
        try container.encodeIfPresent(stockId, forKey: .stockId)
        try container.encodeIfPresent(qty, forKey: .qty)
        try container.encodeIfPresent(isInStock, forKey: .isInStock)
        try container.encodeIfPresent(isQtyDecimal, forKey: .isQtyDecimal)
        try container.encodeIfPresent(showDefaultNotificationMessage, forKey: .showDefaultNotificationMessage)
        try container.encodeIfPresent(useConfigMinQty, forKey: .useConfigMinQty)
        try container.encodeIfPresent(minQty, forKey: .minQty)
        try container.encodeIfPresent(useConfigMinSaleQty, forKey: .useConfigMinSaleQty)
        try container.encodeIfPresent(minSaleQty, forKey: .minSaleQty)
        try container.encodeIfPresent(useConfigMaxSaleQty, forKey: .useConfigMaxSaleQty)
        try container.encodeIfPresent(maxSaleQty, forKey: .maxSaleQty)
        try container.encodeIfPresent(useConfigBackorders, forKey: .useConfigBackorders)
        try container.encodeIfPresent(backorders, forKey: .backorders)
        try container.encodeIfPresent(useConfigNotifyStockQty, forKey: .useConfigNotifyStockQty)
        try container.encodeIfPresent(notifyStockQty, forKey: .notifyStockQty)
        try container.encodeIfPresent(useConfigQtyIncrements, forKey: .useConfigQtyIncrements)
        try container.encodeIfPresent(qtyIncrements, forKey: .qtyIncrements)
        try container.encodeIfPresent(useConfigEnableQtyInc, forKey: .useConfigEnableQtyInc)
        try container.encodeIfPresent(enableQtyIncrements, forKey: .enableQtyIncrements)
        try container.encodeIfPresent(useConfigManageStock, forKey: .useConfigManageStock)
        try container.encodeIfPresent(manageStock, forKey: .manageStock)
        try container.encode(lowStockDate, forKey: .lowStockDate)
        try container.encodeIfPresent(isDecimalDivided, forKey: .isDecimalDivided)
        try container.encodeIfPresent(stockStatusChangedAuto, forKey: .stockStatusChangedAuto)
        try container.encodeIfPresent(extensionAttributes, forKey: .extensionAttributes)
    }
}
