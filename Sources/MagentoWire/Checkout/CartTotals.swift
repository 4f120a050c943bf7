import Foundation

/// `quote-data-totals-interface`: what the cart costs, with its rows and display segments.
public struct CartTotals: Codable, Sendable, Equatable {
    public var grandTotal: Decimal
    public var baseGrandTotal: Decimal
    public var subtotal: Decimal
    public var baseSubtotal: Decimal
    public var discountAmount: Decimal
    public var baseDiscountAmount: Decimal
    public var subtotalWithDiscount: Decimal
    public var baseSubtotalWithDiscount: Decimal
    public var shippingAmount: Decimal
    public var baseShippingAmount: Decimal
    public var shippingDiscountAmount: Decimal
    public var baseShippingDiscountAmount: Decimal
    public var taxAmount: Decimal
    public var baseTaxAmount: Decimal
    public var shippingTaxAmount: Decimal
    public var baseShippingTaxAmount: Decimal
    public var subtotalInclTax: Decimal
    public var shippingInclTax: Decimal
    public var baseShippingInclTax: Decimal
    public var baseCurrencyCode: String
    public var quoteCurrencyCode: String
    public var couponCode: String?
    public var itemsQty: Decimal
    public var items: [CartTotalsItem]
    public var totalSegments: [TotalSegment]

    public init(currency: String) {
        grandTotal = 0; baseGrandTotal = 0; subtotal = 0; baseSubtotal = 0
        discountAmount = 0; baseDiscountAmount = 0; subtotalWithDiscount = 0; baseSubtotalWithDiscount = 0
        shippingAmount = 0; baseShippingAmount = 0; shippingDiscountAmount = 0; baseShippingDiscountAmount = 0
        taxAmount = 0; baseTaxAmount = 0; shippingTaxAmount = 0; baseShippingTaxAmount = 0
        subtotalInclTax = 0; shippingInclTax = 0; baseShippingInclTax = 0
        baseCurrencyCode = currency
        quoteCurrencyCode = currency
        itemsQty = 0
        items = []
        totalSegments = []
    }

    enum CodingKeys: String, CodingKey {
        case grandTotal = "grand_total"
        case baseGrandTotal = "base_grand_total"
        case subtotal
        case baseSubtotal = "base_subtotal"
        case discountAmount = "discount_amount"
        case baseDiscountAmount = "base_discount_amount"
        case subtotalWithDiscount = "subtotal_with_discount"
        case baseSubtotalWithDiscount = "base_subtotal_with_discount"
        case shippingAmount = "shipping_amount"
        case baseShippingAmount = "base_shipping_amount"
        case shippingDiscountAmount = "shipping_discount_amount"
        case baseShippingDiscountAmount = "base_shipping_discount_amount"
        case taxAmount = "tax_amount"
        case baseTaxAmount = "base_tax_amount"
        case shippingTaxAmount = "shipping_tax_amount"
        case baseShippingTaxAmount = "base_shipping_tax_amount"
        case subtotalInclTax = "subtotal_incl_tax"
        case shippingInclTax = "shipping_incl_tax"
        case baseShippingInclTax = "base_shipping_incl_tax"
        case baseCurrencyCode = "base_currency_code"
        case quoteCurrencyCode = "quote_currency_code"
        case couponCode = "coupon_code"
        case itemsQty = "items_qty"
        case items
        case totalSegments = "total_segments"
    }
}

/// `quote-data-totals-item-interface`: one priced cart row.
public struct CartTotalsItem: Codable, Sendable, Equatable {
    public var itemId: Int
    public var price: Decimal
    public var basePrice: Decimal
    public var qty: Decimal
    public var rowTotal: Decimal
    public var baseRowTotal: Decimal
    public var rowTotalWithDiscount: Decimal
    public var taxAmount: Decimal
    public var baseTaxAmount: Decimal
    public var taxPercent: Decimal
    public var discountAmount: Decimal
    public var baseDiscountAmount: Decimal
    public var discountPercent: Decimal
    public var priceInclTax: Decimal
    public var basePriceInclTax: Decimal
    public var rowTotalInclTax: Decimal
    public var baseRowTotalInclTax: Decimal
    /// Magento sends the item's options as a JSON-encoded string.
    public var options: String
    public var name: String

    public init(itemId: Int, name: String, price: Decimal, qty: Decimal) {
        self.itemId = itemId
        self.name = name
        self.price = price
        self.basePrice = price
        self.qty = qty
        rowTotal = 0; baseRowTotal = 0; rowTotalWithDiscount = 0; taxAmount = 0; baseTaxAmount = 0; taxPercent = 0
        discountAmount = 0; baseDiscountAmount = 0; discountPercent = 0; priceInclTax = 0; basePriceInclTax = 0
        rowTotalInclTax = 0; baseRowTotalInclTax = 0
        options = "[]"
    }

    enum CodingKeys: String, CodingKey {
        case itemId = "item_id"
        case price
        case basePrice = "base_price"
        case qty
        case rowTotal = "row_total"
        case baseRowTotal = "base_row_total"
        case rowTotalWithDiscount = "row_total_with_discount"
        case taxAmount = "tax_amount"
        case baseTaxAmount = "base_tax_amount"
        case taxPercent = "tax_percent"
        case discountAmount = "discount_amount"
        case baseDiscountAmount = "base_discount_amount"
        case discountPercent = "discount_percent"
        case priceInclTax = "price_incl_tax"
        case basePriceInclTax = "base_price_incl_tax"
        case rowTotalInclTax = "row_total_incl_tax"
        case baseRowTotalInclTax = "base_row_total_incl_tax"
        case options, name
    }
}

/// `quote-data-total-segment-interface`: one line of the totals box.
public struct TotalSegment: Codable, Sendable, Equatable {
    public var code: String
    public var title: String
    public var value: Decimal
    public var area: String?

    public init(code: String, title: String, value: Decimal, area: String? = nil) {
        self.code = code
        self.title = title
        self.value = value
        self.area = area
    }
}

/// `checkout-data-payment-details-interface`: what `shipping-information` answers.
public struct PaymentDetails: Codable, Sendable, Equatable {
    public var paymentMethods: [PaymentMethod]
    public var totals: CartTotals

    public init(paymentMethods: [PaymentMethod], totals: CartTotals) {
        self.paymentMethods = paymentMethods
        self.totals = totals
    }

    enum CodingKeys: String, CodingKey {
        case paymentMethods = "payment_methods"
        case totals
    }
}
