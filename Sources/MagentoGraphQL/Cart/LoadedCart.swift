import CommerceDomain
import Foundation
import MagentoWire

/// One cart as every field of `Cart` reads it: the lines, the products they name, the buyer,
/// rules and tax, priced once. Loading it costs the same few statements however many lines the
/// cart has (the products of all lines come in one read), so `Cart` fields never query per line.
public struct LoadedCart: Sendable {
    let maskedId: String
    let quote: Quote
    let inputs: CartInputs
    let priced: PricedCart
    let settings: CheckoutSettings
    /// The store view's locale, for country names.
    let locale: String

    public static func load(
        id: Int, maskedId: String, quotes: any QuoteRepository, settings: CheckoutSettings, locale: String
    ) async throws -> LoadedCart {
        try await load(quote: try await quotes.quote(id: id), maskedId: maskedId, quotes: quotes, settings: settings, locale: locale)
    }

    /// The cart as `quote` describes it, which may hold changes not saved (estimates).
    static func load(
        quote: Quote, maskedId: String, quotes: any QuoteRepository, settings: CheckoutSettings, locale: String
    ) async throws -> LoadedCart {
        let inputs = try await quotes.inputs(for: quote)
        return LoadedCart(
            maskedId: maskedId, quote: quote, inputs: inputs,
            priced: CartPricing.price(quote, inputs: inputs, settings: settings), settings: settings, locale: locale
        )
    }

    var currency: String { settings.currency }

    func money(_ amount: Decimal?) -> JSONValue {
        CartMoney.money(amount, currency: currency)
    }

    /// `Cart.email`: the customer's for a customer cart, else the one the guest gave.
    var email: String? { inputs.buyer.email ?? quote.details.customerEmail }

    var totalQuantity: Decimal { quote.itemsQty }

    /// The line's priced totals row.
    func row(_ itemId: Int) -> CartTotalsItem? {
        priced.totals.items.first { $0.itemId == itemId }
    }

    /// Payment methods offered for the cart's grand total.
    var availablePayments: [PaymentMethod] {
        settings.payments.available(grandTotal: priced.totals.grandTotal)
    }
}

/// `Money` values: a JSON number with no forced fraction (`45`, `18.6`) and the currency code.
enum CartMoney {
    static func money(_ amount: Decimal?, currency: String) -> JSONValue {
        .object(JSONObject([("value", amount.map(number) ?? .null), ("currency", .string(currency))]))
    }

    static func number(_ value: Decimal) -> JSONValue {
        var rounded = Decimal()
        var copy = value
        NSDecimalRound(&rounded, &copy, 4, .plain)
        return .number("\(rounded)")
    }
}
