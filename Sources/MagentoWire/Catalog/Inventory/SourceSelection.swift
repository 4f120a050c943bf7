/// `POST /V1/inventory/source-selection-algorithm-result`'s `inventoryRequest`: what to ship
/// from which stock.
public struct InventoryRequest: Codable, Sendable, Equatable {
    public var stockId: Int
    public var items: [SkuQuantity]
    public var extensionAttributes: JSONObject?

    public init(stockId: Int, items: [SkuQuantity], extensionAttributes: JSONObject? = nil) {
        self.stockId = stockId
        self.items = items
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case stockId = "stock_id"
        case items
        case extensionAttributes = "extension_attributes"
    }
}

/// Which sources to deduct from, and whether the whole request can ship.
public struct SourceSelectionResult: Codable, Sendable, Equatable {
    public struct Item: Codable, Sendable, Equatable {
        public var sourceCode: String
        public var sku: String
        public var qtyToDeduct: Double
        public var qtyAvailable: Double

        public init(sourceCode: String, sku: String, qtyToDeduct: Double, qtyAvailable: Double) {
            self.sourceCode = sourceCode
            self.sku = sku
            self.qtyToDeduct = qtyToDeduct
            self.qtyAvailable = qtyAvailable
        }

        enum CodingKeys: String, CodingKey {
            case sourceCode = "source_code"
            case sku
            case qtyToDeduct = "qty_to_deduct"
            case qtyAvailable = "qty_available"
        }
    }

    public var sourceSelectionItems: [Item]
    public var shippable: Bool

    public init(sourceSelectionItems: [Item], shippable: Bool) {
        self.sourceSelectionItems = sourceSelectionItems
        self.shippable = shippable
    }

    enum CodingKeys: String, CodingKey {
        case sourceSelectionItems = "source_selection_items"
        case shippable
    }
}

/// One entry of `GET /V1/inventory/source-selection-algorithm-list`.
public struct SourceSelectionAlgorithm: Codable, Sendable, Equatable {
    public var code: String
    public var title: String
    public var description: String

    public init(code: String, title: String, description: String) {
        self.code = code
        self.title = title
        self.description = description
    }
}
