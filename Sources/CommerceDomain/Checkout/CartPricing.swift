import Foundation
import MagentoWire

/// A cart with every amount worked out.
public struct PricedCart: Sendable, Equatable {
    public var totals: CartTotals
    /// Methods the shipping address can choose from (empty without an address or for a virtual cart).
    public var shippingRates: [ShippingMethod]
    /// The chosen method's rate, when it is still offered.
    public var selectedRate: ShippingMethod?
    public var appliedRuleIds: [Int]
    public var isVirtual: Bool
    public var weight: Decimal
}

/// Prices a cart with no I/O, in Magento's collector order: subtotal, cart price rules,
/// shipping, tax (after discount, on the shipping address, else the billing address; shipping
/// is taxed only when a shipping tax class is configured, Magento's default being None), grand
/// total.
public enum CartPricing {
    public static func price(_ quote: Quote, inputs: CartInputs, settings: CheckoutSettings) -> PricedCart {
        let lines = quote.items.map { CartLineFacts($0, inputs: inputs) }
        let snapshot = CartSnapshot(
            items: lines.map { CartLine(itemId: $0.item.itemId, sku: $0.item.sku, categoryIds: $0.categoryIds, qty: $0.item.qty, price: $0.price) },
            customerGroupId: inputs.buyer.groupId, websiteId: settings.websiteId, date: inputs.date, couponCode: quote.details.couponCode,
            customerRuleUses: inputs.buyer.ruleUses, customerCouponUses: inputs.buyer.couponUses
        )
        let promotion = inputs.promotions.apply(to: snapshot)
        let shippable = lines.filter { !$0.isVirtual }
        let isVirtual = !lines.isEmpty && shippable.isEmpty
        let shippingAddress = isVirtual ? nil : quote.details.shippingAddress
        let package = ShippingPackage(
            qty: shippable.reduce(0) { $0 + $1.item.qty },
            value: shippable.reduce(0) { $0 + $1.rowTotal - (promotion.itemDiscounts[$1.item.itemId] ?? 0) },
            weight: shippable.reduce(0) { $0 + $1.weight * $1.item.qty },
            freeShipping: promotion.freeShipping,
            destination: shippingAddress.flatMap(ShippingDestination.init)
        )
        let taxAddress = shippingAddress?.countryId != nil ? shippingAddress : quote.details.billingAddress
        let rates: [ShippingMethod] = shippingAddress?.countryId == nil ? [] : ShippingCarriers.rates(settings.carriers, for: package).map {
            taxed($0, settings: settings, address: taxAddress, inputs: inputs)
        }
        let selected = rates.first { $0.carrierCode == quote.details.shippingCarrierCode && $0.methodCode == quote.details.shippingMethodCode }

        var totals = CartTotals(currency: settings.currency)
        for line in lines {
            totals.items.append(priced(line, discount: promotion.itemDiscounts[line.item.itemId] ?? 0, taxAddress: taxAddress, inputs: inputs))
        }
        let subtotal = totals.items.reduce(Decimal(0)) { $0 + $1.rowTotal }
        let discount = totals.items.reduce(Decimal(0)) { $0 + $1.discountAmount }
        let itemTax = totals.items.reduce(Decimal(0)) { $0 + $1.taxAmount }
        let shipping = ShippingTax.of(selected?.amount ?? 0, settings: settings.shippingTax, address: taxAddress, inputs: inputs)
        totals.subtotal = subtotal
        totals.discountAmount = -discount
        totals.subtotalWithDiscount = subtotal - discount
        totals.shippingAmount = shipping.excludingTax
        totals.shippingInclTax = shipping.includingTax
        totals.shippingTaxAmount = shipping.tax
        totals.taxAmount = itemTax + shipping.tax
        totals.subtotalInclTax = subtotal + itemTax
        totals.grandTotal = max(0, subtotal - discount + shipping.excludingTax + itemTax + shipping.tax)
        totals.couponCode = quote.details.couponCode
        totals.itemsQty = quote.itemsQty
        totals.totalSegments = segments(totals, shippingAddress: shippingAddress, selected: selected)
        mirrorBase(&totals)
        return PricedCart(
            totals: totals, shippingRates: rates, selectedRate: selected, appliedRuleIds: promotion.appliedRuleIds,
            isVirtual: isVirtual, weight: package.weight
        )
    }

    /// A rate with its price with and without the shipping tax.
    static func taxed(_ rate: ShippingMethod, settings: CheckoutSettings, address: CartAddress?, inputs: CartInputs) -> ShippingMethod {
        var rate = rate
        let tax = ShippingTax.of(rate.amount, settings: settings.shippingTax, address: address, inputs: inputs)
        rate.priceExclTax = tax.excludingTax
        rate.priceInclTax = tax.includingTax
        return rate
    }

    static func priced(_ line: CartLineFacts, discount: Decimal, taxAddress: CartAddress?, inputs: CartInputs) -> CartTotalsItem {
        var row = CartTotalsItem(itemId: line.item.itemId, name: line.name, price: line.price, qty: line.item.qty)
        row.options = line.optionLabels
        row.rowTotal = line.rowTotal
        row.discountAmount = SalesMoney.cents(discount)
        row.rowTotalWithDiscount = row.rowTotal - row.discountAmount
        if row.rowTotal > 0 {
            row.discountPercent = SalesMoney.cents(row.discountAmount / row.rowTotal * 100)
        }
        if let country = taxAddress?.countryId {
            let calculation = inputs.tax.calculate(TaxRequest(
                countryId: country, regionId: taxAddress?.regionId, postcode: taxAddress?.postcode,
                productTaxClassId: line.taxClassId, customerTaxClassId: inputs.buyer.taxClassId, amount: row.rowTotalWithDiscount
            ))
            row.taxAmount = calculation.tax
            row.taxPercent = calculation.percent
        }
        row.rowTotalInclTax = row.rowTotal + row.taxAmount
        row.priceInclTax = line.item.qty > 0 ? SalesMoney.cents(row.rowTotalInclTax / line.item.qty) : row.price
        row.baseRowTotal = row.rowTotal
        row.baseTaxAmount = row.taxAmount
        row.baseDiscountAmount = row.discountAmount
        row.basePriceInclTax = row.priceInclTax
        row.baseRowTotalInclTax = row.rowTotalInclTax
        return row
    }

    static func segments(_ totals: CartTotals, shippingAddress: CartAddress?, selected: ShippingMethod?) -> [TotalSegment] {
        var segments = [TotalSegment(code: "subtotal", title: "Subtotal", value: totals.subtotal)]
        if shippingAddress?.countryId != nil {
            let title = selected.map { "Shipping & Handling (\($0.carrierTitle) - \($0.methodTitle))" } ?? "Shipping & Handling"
            segments.append(TotalSegment(code: "shipping", title: title, value: totals.shippingAmount))
        }
        if totals.discountAmount != 0 {
            let title = totals.couponCode.map { "Discount (\($0))" } ?? "Discount"
            segments.append(TotalSegment(code: "discount", title: title, value: totals.discountAmount))
        }
        segments.append(TotalSegment(code: "tax", title: "Tax", value: totals.taxAmount))
        segments.append(TotalSegment(code: "grand_total", title: "Grand Total", value: totals.grandTotal, area: "footer"))
        return segments
    }

    /// One currency: every `base_*` amount equals its twin.
    static func mirrorBase(_ totals: inout CartTotals) {
        totals.baseGrandTotal = totals.grandTotal
        totals.baseSubtotal = totals.subtotal
        totals.baseDiscountAmount = totals.discountAmount
        totals.baseSubtotalWithDiscount = totals.subtotalWithDiscount
        totals.baseShippingAmount = totals.shippingAmount
        totals.baseShippingDiscountAmount = totals.shippingDiscountAmount
        totals.baseTaxAmount = totals.taxAmount
        totals.baseShippingTaxAmount = totals.shippingTaxAmount
        totals.baseShippingInclTax = totals.shippingInclTax
    }
}
