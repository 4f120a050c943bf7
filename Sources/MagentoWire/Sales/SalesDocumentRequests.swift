import Foundation

/// A row of an invoice, shipment or credit memo request (`sales-data-invoice-item-creation-interface`
/// and its shipment and credit memo twins).
public struct DocumentItemCreation: Codable, Sendable, Equatable {
    public var orderItemId: Int?
    public var qty: Decimal?

    public init(orderItemId: Int? = nil, qty: Decimal? = nil) {
        self.orderItemId = orderItemId
        self.qty = qty
    }

    enum CodingKeys: String, CodingKey {
        case orderItemId = "order_item_id"
        case qty
    }
}

/// The `comment` of a document request (`sales-data-*-comment-creation-interface`).
public struct DocumentCommentCreation: Codable, Sendable, Equatable {
    public var comment: String?
    public var isVisibleOnFront: Int?

    public init(comment: String? = nil, isVisibleOnFront: Int? = nil) {
        self.comment = comment
        self.isVisibleOnFront = isVisibleOnFront
    }

    enum CodingKeys: String, CodingKey {
        case comment
        case isVisibleOnFront = "is_visible_on_front"
    }
}

/// A track of a ship request (`sales-data-shipment-track-creation-interface`).
public struct TrackCreation: Codable, Sendable, Equatable {
    public var trackNumber: String?
    public var title: String?
    public var carrierCode: String?

    public init(trackNumber: String? = nil, title: String? = nil, carrierCode: String? = nil) {
        self.trackNumber = trackNumber
        self.title = title
        self.carrierCode = carrierCode
    }

    enum CodingKeys: String, CodingKey {
        case trackNumber = "track_number"
        case title
        case carrierCode = "carrier_code"
    }
}

/// `arguments` of a refund request (`sales-data-creditmemo-creation-arguments-interface`).
public struct CreditmemoCreationArguments: Codable, Sendable, Equatable {
    public var shippingAmount: Decimal?
    public var adjustmentPositive: Decimal?
    public var adjustmentNegative: Decimal?
    public var extensionAttributes: Extension?

    public init(shippingAmount: Decimal? = nil, adjustmentPositive: Decimal? = nil, adjustmentNegative: Decimal? = nil, extensionAttributes: Extension? = nil) {
        self.shippingAmount = shippingAmount
        self.adjustmentPositive = adjustmentPositive
        self.adjustmentNegative = adjustmentNegative
        self.extensionAttributes = extensionAttributes
    }

    public struct Extension: Codable, Sendable, Equatable {
        public var returnToStockItems: [Int]?
        public init(returnToStockItems: [Int]? = nil) { self.returnToStockItems = returnToStockItems }
        enum CodingKeys: String, CodingKey { case returnToStockItems = "return_to_stock_items" }
    }

    enum CodingKeys: String, CodingKey {
        case shippingAmount = "shipping_amount"
        case adjustmentPositive = "adjustment_positive"
        case adjustmentNegative = "adjustment_negative"
        case extensionAttributes = "extension_attributes"
    }
}
