import Foundation

/// The part of an order its lifecycle reads and changes: state, status, totals and rows.
/// Everything else an order carries (addresses, payment, customer) passes through untouched.
public struct SalesOrder: Sendable, Equatable {
    public var entityId: Int
    public var state: OrderState
    public var status: String
    public var holdBeforeState: OrderState?
    public var holdBeforeStatus: String?
    public var currencyCode: String
    public var items: [SalesOrderItem]
    public var totals: SalesOrderTotals

    public init(
        entityId: Int, state: OrderState = .new, status: String? = nil, holdBeforeState: OrderState? = nil,
        holdBeforeStatus: String? = nil, currencyCode: String = "USD", items: [SalesOrderItem],
        totals: SalesOrderTotals
    ) {
        self.entityId = entityId
        self.state = state
        self.status = status ?? state.defaultStatus
        self.holdBeforeState = holdBeforeState
        self.holdBeforeStatus = holdBeforeStatus
        self.currencyCode = currencyCode
        self.items = items
        self.totals = totals
    }

    /// An order is virtual when no top-level row needs shipping.
    public var isVirtual: Bool { items.filter { !$0.isDummy }.allSatisfy(\.isVirtual) }

    public func item(_ id: Int) -> SalesOrderItem? { items.first { $0.itemId == id } }
    func children(of id: Int) -> [SalesOrderItem] { items.filter { $0.parentItemId == id } }
}

/// Order money (`base_*` equals these: one currency, rate 1). Discounts are positive here.
public struct SalesOrderTotals: Sendable, Equatable {
    public var subtotal: Decimal
    public var shippingAmount: Decimal
    public var taxAmount: Decimal
    /// The part of `taxAmount` charged on shipping (a shipping tax class is configured).
    public var shippingTaxAmount: Decimal = 0
    public var discountAmount: Decimal
    public var grandTotal: Decimal
    public var subtotalInvoiced: Decimal = 0
    public var shippingInvoiced: Decimal = 0
    public var taxInvoiced: Decimal = 0
    public var discountInvoiced: Decimal = 0
    public var totalInvoiced: Decimal = 0
    public var totalPaid: Decimal = 0
    public var subtotalRefunded: Decimal = 0
    public var shippingRefunded: Decimal = 0
    public var taxRefunded: Decimal = 0
    public var discountRefunded: Decimal = 0
    public var adjustmentPositive: Decimal = 0
    public var adjustmentNegative: Decimal = 0
    public var totalRefunded: Decimal = 0
    public var subtotalCanceled: Decimal = 0
    public var shippingCanceled: Decimal = 0
    public var taxCanceled: Decimal = 0
    public var discountCanceled: Decimal = 0
    public var totalCanceled: Decimal = 0

    public init(
        subtotal: Decimal, shippingAmount: Decimal = 0, taxAmount: Decimal = 0, discountAmount: Decimal = 0,
        grandTotal: Decimal? = nil
    ) {
        self.subtotal = subtotal
        self.shippingAmount = shippingAmount
        self.taxAmount = taxAmount
        self.discountAmount = discountAmount
        self.grandTotal = grandTotal ?? subtotal + shippingAmount + taxAmount - discountAmount
    }

    /// `grand_total − total_paid`, never negative.
    public var totalDue: Decimal { max(0, grandTotal - totalPaid) }
    /// Paid money not yet refunded.
    public var refundable: Decimal { totalPaid - totalRefunded }

    /// The shipping tax on the first `shipping` of the shipping charge, pro rata. Documents ask
    /// for the tax up to what they take minus the tax up to what was taken before, so the
    /// cents add up to `shippingTaxAmount` once the whole charge is taken.
    func shippingTax(upTo shipping: Decimal) -> Decimal {
        guard shippingAmount > 0, shippingTaxAmount != 0 else { return 0 }
        return SalesMoney.cents(shippingTaxAmount * min(shipping, shippingAmount) / shippingAmount)
    }
}
