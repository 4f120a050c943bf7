import Foundation

/// One order row as the lifecycle sees it: its quantities and the money it carries.
///
/// Configurable and bundle products are a parent row plus child rows (`parentItemId` set).
/// The parent is the row that is invoiced, shipped, refunded and canceled; a child is a
/// "dummy" whose remaining quantities count as 0 and whose quantities follow its parent's in the
/// ratio of their ordered quantities. (Magento's dynamic-price bundles, where the children carry
/// the price, are not modelled.)
public struct SalesOrderItem: Sendable, Equatable {
    public var itemId: Int
    public var parentItemId: Int?
    public var productId: Int?
    public var sku: String
    public var name: String?
    public var productType: String
    public var isVirtual: Bool
    public var qtyOrdered: Decimal
    public var qtyInvoiced: Decimal
    public var qtyShipped: Decimal
    public var qtyRefunded: Decimal
    public var qtyCanceled: Decimal
    /// Unit price excluding tax.
    public var price: Decimal
    /// Tax and discount of the whole row (discount positive here; negative on the wire).
    public var taxAmount: Decimal
    public var discountAmount: Decimal
    /// What invoices and credit memos have taken of the row so far.
    public var rowInvoiced: Decimal
    public var taxInvoiced: Decimal
    public var discountInvoiced: Decimal
    public var amountRefunded: Decimal
    public var taxRefunded: Decimal
    public var discountRefunded: Decimal

    public init(
        itemId: Int, parentItemId: Int? = nil, productId: Int? = nil, sku: String, name: String? = nil,
        productType: String = "simple", isVirtual: Bool = false, qtyOrdered: Decimal,
        qtyInvoiced: Decimal = 0, qtyShipped: Decimal = 0, qtyRefunded: Decimal = 0, qtyCanceled: Decimal = 0,
        price: Decimal = 0, taxAmount: Decimal = 0, discountAmount: Decimal = 0,
        rowInvoiced: Decimal = 0, taxInvoiced: Decimal = 0, discountInvoiced: Decimal = 0,
        amountRefunded: Decimal = 0, taxRefunded: Decimal = 0, discountRefunded: Decimal = 0
    ) {
        self.itemId = itemId
        self.parentItemId = parentItemId
        self.productId = productId
        self.sku = sku
        self.name = name
        self.productType = productType
        self.isVirtual = isVirtual
        self.qtyOrdered = qtyOrdered
        self.qtyInvoiced = qtyInvoiced
        self.qtyShipped = qtyShipped
        self.qtyRefunded = qtyRefunded
        self.qtyCanceled = qtyCanceled
        self.price = price
        self.taxAmount = taxAmount
        self.discountAmount = discountAmount
        self.rowInvoiced = rowInvoiced
        self.taxInvoiced = taxInvoiced
        self.discountInvoiced = discountInvoiced
        self.amountRefunded = amountRefunded
        self.taxRefunded = taxRefunded
        self.discountRefunded = discountRefunded
    }

    /// A child row of a configurable or bundle: its quantities follow the parent.
    public var isDummy: Bool { parentItemId != nil }

    /// Product types without stock of their own: their children (or nothing) hold it.
    public var movesStock: Bool { !["configurable", "bundle", "grouped"].contains(productType) }

    public var rowTotal: Decimal { SalesMoney.cents(price * qtyOrdered) }

    /// `qty_ordered − qty_invoiced − qty_canceled`, 0 for a dummy row.
    public var qtyToInvoice: Decimal { isDummy ? 0 : max(0, qtyOrdered - qtyInvoiced - qtyCanceled) }
    /// `qty_ordered − qty_shipped − qty_refunded − qty_canceled`, 0 for a dummy row.
    public var qtyToShip: Decimal { isDummy ? 0 : max(0, qtyOrdered - qtyShipped - qtyRefunded - qtyCanceled) }
    /// `qty_invoiced − qty_refunded`, 0 for a dummy row.
    public var qtyToRefund: Decimal { isDummy ? 0 : max(0, qtyInvoiced - qtyRefunded) }
    /// `min(to invoice, to ship)`.
    public var qtyToCancel: Decimal { min(qtyToInvoice, qtyToShip) }
}
