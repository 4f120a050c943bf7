import Foundation
import MagentoWire

/// Totals, payment methods, coupons and placing the order.
extension CheckoutService {
    public func totals(_ id: Int, settings: CheckoutSettings) async throws -> CartTotals {
        let quote = try await quotes.quote(id: id)
        return CartPricing.price(quote, inputs: try await quotes.inputs(for: quote), settings: settings).totals
    }

    /// `totals-information`: the totals the cart would have with this address and method; the
    /// cart is not changed.
    public func totals(_ id: Int, information: TotalsInformation, settings: CheckoutSettings) async throws -> CartTotals {
        var quote = try await quotes.quote(id: id)
        if let address = information.address { quote.details.shippingAddress = address }
        quote.details.shippingCarrierCode = information.shippingCarrierCode ?? quote.details.shippingCarrierCode
        quote.details.shippingMethodCode = information.shippingMethodCode ?? quote.details.shippingMethodCode
        return CartPricing.price(quote, inputs: try await quotes.inputs(for: quote), settings: settings).totals
    }

    public func paymentMethods(_ id: Int, settings: CheckoutSettings) async throws -> [PaymentMethod] {
        settings.payments.available(grandTotal: try await totals(id, settings: settings).grandTotal)
    }

    public func paymentDetails(_ id: Int, settings: CheckoutSettings) async throws -> PaymentDetails {
        let totals = try await totals(id, settings: settings)
        return PaymentDetails(paymentMethods: settings.payments.available(grandTotal: totals.grandTotal), totals: totals)
    }

    /// The chosen payment; an empty object until one is set.
    public func selectedPayment(_ id: Int) async throws -> CartPayment {
        try await quotes.quote(id: id).details.payment ?? CartPayment()
    }

    /// Sets the payment method after checking it is offered for the cart; answers the payment id
    /// (Magpie has one payment per cart, numbered as the cart).
    public func setPayment(_ id: Int, _ payment: CartPayment, settings: CheckoutSettings) async throws -> String {
        let methods = try await paymentMethods(id, settings: settings)
        try Self.validate(payment, offered: methods)
        _ = try await quotes.updateQuote(id: id) { quote in quote.details.payment = payment }
        return String(id)
    }

    static func validate(_ payment: CartPayment, offered: [PaymentMethod]) throws {
        guard let method = payment.method, !method.isEmpty else { throw CheckoutMessages.paymentMissing }
        guard offered.contains(where: { $0.code == method }) else { throw CheckoutMessages.paymentNotAvailable }
        if method == "purchaseorder", (payment.poNumber ?? "").isEmpty { throw CheckoutMessages.purchaseOrderNumberMissing }
    }

    // MARK: Coupons

    public func coupon(_ id: Int) async throws -> String? {
        try await quotes.quote(id: id).details.couponCode
    }

    /// Applies the code when a rule takes it for this cart now, as Magento re-collects totals
    /// and checks the code stuck.
    public func applyCoupon(_ id: Int, code: String, settings: CheckoutSettings) async throws -> Bool {
        var quote = try await activeQuote(id)
        guard !quote.items.isEmpty else { throw CheckoutMessages.cartHasNoProducts(id) }
        quote.details.couponCode = code
        let inputs = try await quotes.inputs(for: quote)
        let stored = inputs.promotions.coupons.first { ($0.code ?? "").lowercased() == code.lowercased() }
        guard let stored, let ruleId = stored.ruleId,
              CartPricing.price(quote, inputs: inputs, settings: settings).appliedRuleIds.contains(ruleId) else {
            throw CheckoutMessages.invalidCoupon
        }
        let canonical = stored.code ?? code
        _ = try await quotes.updateQuote(id: id) { quote in quote.details.couponCode = canonical }
        return true
    }

    public func removeCoupon(_ id: Int) async throws -> Bool {
        let quote = try await activeQuote(id)
        guard !quote.items.isEmpty else { throw CheckoutMessages.cartHasNoProducts(id) }
        _ = try await quotes.updateQuote(id: id) { quote in quote.details.couponCode = nil }
        return true
    }

    // MARK: Placing the order

    /// `payment-information` and `PUT …/order`: saves what was sent, then places the order in
    /// one transaction. Answers the order's entity id.
    public func placeOrder(
        _ id: Int, payment: CartPayment?, email: String? = nil, billingAddress: CartAddress? = nil, settings: CheckoutSettings
    ) async throws -> Int {
        let ownedBilling = try await owned(billingAddress, quote: try await activeQuote(id))
        if payment != nil || email != nil || ownedBilling != nil {
            _ = try await quotes.updateQuote(id: id) { quote in
                if let payment { quote.details.payment = payment }
                if let email { quote.details.customerEmail = email }
                if var ownedBilling {
                    ownedBilling.id = quote.details.billingAddress?.id
                    quote.details.billingAddress = ownedBilling
                }
            }
        }
        let order = try await quotes.placeOrder(quoteId: id, stock: stock()) { quote, inputs in
            try QuoteOrderBuilder.order(from: quote, inputs: inputs, settings: settings)
        }
        return order.entityId ?? 0
    }
}
