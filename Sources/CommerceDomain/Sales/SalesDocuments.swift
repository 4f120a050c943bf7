import Foundation

/// One requested row of an invoice, shipment or credit memo (`{"order_item_id":…,"qty":…}`).
public struct DocumentItemRequest: Sendable, Equatable {
    public var orderItemId: Int
    public var qty: Decimal
    public init(orderItemId: Int, qty: Decimal) {
        self.orderItemId = orderItemId
        self.qty = qty
    }
}

/// One row of a created document. Child rows of a configurable follow their parent row.
public struct DocumentLine: Sendable, Equatable {
    public var orderItemId: Int
    public var parentOrderItemId: Int?
    public var productId: Int?
    public var sku: String
    public var name: String?
    public var qty: Decimal
    public var price: Decimal
    public var rowTotal: Decimal
    public var taxAmount: Decimal
    public var discountAmount: Decimal
}

/// Money of an invoice or credit memo.
public struct DocumentTotals: Sendable, Equatable {
    public var subtotal: Decimal = 0
    public var shippingAmount: Decimal = 0
    public var taxAmount: Decimal = 0
    public var discountAmount: Decimal = 0
    public var adjustmentPositive: Decimal = 0
    public var adjustmentNegative: Decimal = 0
    public var totalQty: Decimal = 0

    /// Adds a line's money; only top-level rows count towards the quantity.
    mutating func add(_ line: DocumentLine) {
        subtotal += line.rowTotal
        taxAmount += line.taxAmount
        discountAmount += line.discountAmount
        if line.parentOrderItemId == nil { totalQty += line.qty }
    }

    public var grandTotal: Decimal {
        subtotal + shippingAmount + taxAmount - discountAmount + adjustmentPositive - adjustmentNegative
    }
}

/// A stock change the storage layer applies to the product's legacy stock item (and its MSI
/// default source item). Positive quantities go back to stock, negative ones leave it.
public struct StockMovement: Sendable, Equatable {
    public var productId: Int?
    public var sku: String
    public var qty: Decimal
    public init(productId: Int?, sku: String, qty: Decimal) {
        self.productId = productId
        self.sku = sku
        self.qty = qty
    }
}

/// A shipment track as requested (`{"track_number","title","carrier_code"}`).
public struct TrackRequest: Sendable, Equatable {
    public var trackNumber: String?
    public var title: String?
    public var carrierCode: String?
    public init(trackNumber: String?, title: String? = nil, carrierCode: String? = nil) {
        self.trackNumber = trackNumber
        self.title = title
        self.carrierCode = carrierCode
    }
}

/// `arguments` of a refund call.
public struct RefundArguments: Sendable, Equatable {
    public var shippingAmount: Decimal?
    public var adjustmentPositive: Decimal
    public var adjustmentNegative: Decimal
    public var returnToStockItems: [Int]
    public init(
        shippingAmount: Decimal? = nil, adjustmentPositive: Decimal = 0, adjustmentNegative: Decimal = 0,
        returnToStockItems: [Int] = []
    ) {
        self.shippingAmount = shippingAmount
        self.adjustmentPositive = adjustmentPositive
        self.adjustmentNegative = adjustmentNegative
        self.returnToStockItems = returnToStockItems
    }
}

/// What refunding against one invoice (`POST /V1/invoice/:id/refund`) may still take: the
/// quantity per order item and the money of that invoice not yet refunded.
public struct InvoiceRefundLimit: Sendable, Equatable {
    public var qtyByOrderItem: [Int: Decimal]
    public var amount: Decimal
    public init(qtyByOrderItem: [Int: Decimal], amount: Decimal) {
        self.qtyByOrderItem = qtyByOrderItem
        self.amount = amount
    }
}

/// The result of a transition: the order as it is after, the document it created, and the stock
/// movements the storage layer must apply in the same transaction.
public struct OrderTransition: Sendable, Equatable {
    public var order: SalesOrder
    public var lines: [DocumentLine]
    public var totals: DocumentTotals
    public var stock: [StockMovement]
}
