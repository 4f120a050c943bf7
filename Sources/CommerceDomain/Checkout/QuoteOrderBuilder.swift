import Foundation
import MagentoWire

/// Turns a priced cart into a new order, after Magento's QuoteValidator checks: lines, shipping
/// address and a method still offered, billing address, an offered payment, and an email.
public enum QuoteOrderBuilder {
    public static func order(from quote: Quote, inputs: CartInputs, settings: CheckoutSettings) throws -> Order {
        guard quote.isActive else { throw CheckoutMessages.noSuchCart(String(quote.id)) }
        guard !quote.items.isEmpty else { throw CheckoutMessages.cartHasNoProducts(quote.id) }
        let priced = CartPricing.price(quote, inputs: inputs, settings: settings)
        if !priced.isVirtual {
            guard quote.details.shippingAddress?.countryId != nil else { throw CheckoutMessages.shippingAddressMissing }
            guard priced.selectedRate != nil else { throw CheckoutMessages.shippingMethodMissing }
        }
        guard let billing = quote.details.billingAddress, billing.countryId != nil else { throw CheckoutMessages.billingAddressMissing }
        try checkCoupon(quote, inputs: inputs, applied: priced.appliedRuleIds)
        let payment = quote.details.payment ?? CartPayment()
        try CheckoutService.validate(payment, offered: settings.payments.available(grandTotal: priced.totals.grandTotal))
        let buyer = inputs.buyer
        guard let email = buyer.email ?? quote.details.customerEmail ?? billing.email, !email.isEmpty else {
            throw CheckoutMessages.required("email")
        }
        let totals = priced.totals
        var order = Order()
        order.storeId = quote.storeId
        order.quoteId = quote.id
        order.customerId = buyer.customerId
        order.customerEmail = email
        order.customerFirstname = buyer.firstname ?? billing.firstname
        order.customerLastname = buyer.lastname ?? billing.lastname
        order.customerGroupId = buyer.groupId
        order.customerIsGuest = buyer.customerId == nil ? 1 : 0
        order.baseCurrencyCode = settings.currency
        order.subtotal = totals.subtotal
        order.subtotalInclTax = totals.subtotalInclTax
        order.shippingAmount = totals.shippingAmount
        order.shippingInclTax = totals.shippingInclTax
        if totals.shippingTaxAmount != 0 { order.shippingTaxAmount = totals.shippingTaxAmount }
        order.taxAmount = totals.taxAmount
        order.discountAmount = totals.discountAmount
        order.grandTotal = totals.grandTotal
        order.couponCode = quote.details.couponCode
        order.appliedRuleIds = priced.appliedRuleIds.isEmpty ? nil : priced.appliedRuleIds.map(String.init).joined(separator: ",")
        order.weight = priced.weight
        order.items = zip(quote.items, totals.items).flatMap { line, row in
            orderItems(line, row, inputs: inputs, storeId: quote.storeId)
        }
        order.billingAddress = orderAddress(billing, type: "billing", email: email, customerId: buyer.customerId)
        if let rate = priced.selectedRate, let shipping = quote.details.shippingAddress {
            order.shippingDescription = "\(rate.carrierTitle) - \(rate.methodTitle)"
            var assignment = ShippingAssignment()
            var orderShipping = OrderShipping()
            orderShipping.address = orderAddress(shipping, type: "shipping", email: email, customerId: buyer.customerId)
            orderShipping.method = quote.shippingMethod
            assignment.shipping = orderShipping
            var extensionAttributes = OrderExtensionAttributes()
            extensionAttributes.shippingAssignments = [assignment]
            order.extensionAttributes = extensionAttributes
        }
        try carryGiftMessages(quote, onto: &order)
        var orderPayment = OrderPayment()
        orderPayment.method = payment.method
        orderPayment.poNumber = payment.poNumber
        order.payment = orderPayment
        return order
    }

    /// The cart's gift message goes to the order's `extension_attributes.gift_message`, each
    /// line's to its order line's, as Magento shows them on the order.
    static func carryGiftMessages(_ quote: Quote, onto order: inout Order) throws {
        let encoder = MagentoEncoder()
        if let message = quote.details.giftMessage {
            var extensions = order.extensionAttributes ?? OrderExtensionAttributes()
            extensions.giftMessage = try encoder.encode(message)
            order.extensionAttributes = extensions
        }
        guard let byItem = quote.details.itemGiftMessages, !byItem.isEmpty else { return }
        for index in (order.items ?? []).indices {
            guard order.items?[index].parentItemId == nil, let quoteItemId = order.items?[index].quoteItemId,
                  let message = byItem[String(quoteItemId)] else { continue }
            var extensions = order.items?[index].extensionAttributes ?? JSONObject()
            extensions["gift_message"] = try encoder.encode(message)
            order.items?[index].extensionAttributes = extensions
        }
    }

    /// The cart's coupon must still apply now, inside the placing transaction: its uses may have
    /// run out (`usage_limit`, `usage_per_customer`) since it was applied. Magento would drop
    /// the code and charge the full price; Magpie refuses the order, so the buyer is never
    /// charged a total other than the one they were shown, and keeps the cart.
    static func checkCoupon(_ quote: Quote, inputs: CartInputs, applied: [Int]) throws {
        guard let code = quote.details.couponCode, !code.isEmpty else { return }
        let applies = inputs.promotions.coupons.contains {
            ($0.code ?? "").uppercased() == code.uppercased() && applied.contains($0.ruleId ?? -1)
        }
        if !applies { throw CheckoutMessages.couponNotValid(code) }
    }

    /// One row, or for a configurable line the parent row carrying the amounts and its child
    /// row (which takes the stock), as Magento converts them.
    static func orderItems(_ line: QuoteItem, _ row: CartTotalsItem, inputs: CartInputs, storeId: Int) -> [OrderItem] {
        let product = inputs.product(line.sku)
        if let product, product.typeId == "bundle" {
            return bundleOrderItems(line, row, bundle: product, inputs: inputs, storeId: storeId)
        }
        guard let parentSku = line.parentSku, let parent = inputs.product(parentSku) else {
            return [orderItem(line, row, product: product, storeId: storeId)]
        }
        var parentRow = orderItem(line, row, product: parent, storeId: storeId)
        parentRow.sku = line.sku
        parentRow.itemId = line.itemId
        return [parentRow, childRow(of: line, product: product, sku: line.sku, qty: line.qty, storeId: storeId)]
    }

    /// A child row under the line's row: priced 0, it carries the product and the quantity
    /// that take the stock.
    static func childRow(of line: QuoteItem, product: Product?, sku: String, qty: Decimal, storeId: Int) -> OrderItem {
        var child = OrderItem()
        child.parentItemId = line.itemId
        child.quoteItemId = line.itemId
        child.storeId = storeId
        child.productId = product?.id
        child.productType = product?.typeId ?? "simple"
        child.sku = sku
        child.name = product?.name ?? sku
        child.weight = product?.weight
        child.qtyOrdered = qty
        child.price = 0
        return child
    }

    static func orderItem(_ line: QuoteItem, _ row: CartTotalsItem, product: Product?, storeId: Int) -> OrderItem {
        var item = OrderItem()
        item.quoteItemId = line.itemId
        item.storeId = storeId
        item.productId = product?.id
        item.productType = product?.typeId ?? "simple"
        item.sku = line.sku
        item.name = row.name
        // The options the buyer chose travel with the row, as Magento's order item shows them.
        item.productOption = line.productOption
        item.weight = product?.weight
        item.qtyOrdered = line.qty
        item.price = row.price
        item.basePrice = row.price
        item.originalPrice = row.price
        item.baseOriginalPrice = row.price
        item.priceInclTax = row.priceInclTax
        item.basePriceInclTax = row.priceInclTax
        item.rowTotal = row.rowTotal
        item.baseRowTotal = row.rowTotal
        item.rowTotalInclTax = row.rowTotalInclTax
        item.baseRowTotalInclTax = row.rowTotalInclTax
        item.taxAmount = row.taxAmount
        item.baseTaxAmount = row.taxAmount
        item.taxPercent = row.taxPercent
        item.discountAmount = row.discountAmount
        item.baseDiscountAmount = row.discountAmount
        item.discountPercent = row.discountPercent
        return item
    }

    /// A customer's order addresses carry the customer id, as Magento copies it from the quote
    /// address, so connectors can join an order's addresses to the account.
    static func orderAddress(_ address: CartAddress, type: String, email: String, customerId: Int?) -> OrderAddress {
        var result = OrderAddress()
        result.addressType = type
        result.firstname = address.firstname
        result.middlename = address.middlename
        result.lastname = address.lastname
        result.company = address.company
        result.street = address.street
        result.city = address.city
        result.region = address.region
        result.regionCode = address.regionCode
        result.regionId = address.regionId
        result.postcode = address.postcode
        result.countryId = address.countryId
        result.telephone = address.telephone
        result.email = address.email ?? email
        result.customerAddressId = address.customerAddressId
        result.customerId = address.customerId ?? customerId
        result.vatId = address.vatId
        return result
    }
}
