import Foundation

/// What `GET /V1/directory/currency` reports for a store view.
public struct CurrencyInformation: Sendable, Equatable {
    public var baseCode: String
    public var baseSymbol: String
    public var displayCode: String
    public var displaySymbol: String
    public var availableCodes: [String]
    /// Rates from the base currency, as configured (`currency/rate/<CODE>`); the base is 1.
    public var rates: [(code: String, rate: String)]

    public static func == (lhs: CurrencyInformation, rhs: CurrencyInformation) -> Bool {
        lhs.baseCode == rhs.baseCode && lhs.displayCode == rhs.displayCode
            && lhs.availableCodes == rhs.availableCodes
            && lhs.rates.map(\.code) == rhs.rates.map(\.code) && lhs.rates.map(\.rate) == rhs.rates.map(\.rate)
    }
}

extension StoreDirectory {
    public func currencyInformation(storeId: Int) -> CurrencyInformation {
        let base = configValue("currency/options/base", storeId: storeId) ?? "USD"
        let display = configValue("currency/options/default", storeId: storeId) ?? base
        let allowed = (configValue("currency/options/allow", storeId: storeId) ?? base)
            .split(separator: ",").map(String.init)
        let rates: [(code: String, rate: String)] = allowed.compactMap { code in
            if code == base { return (code, "1") }
            return configValue("currency/rate/\(code)", storeId: storeId).map { (code, $0) }
        }
        return CurrencyInformation(
            baseCode: base, baseSymbol: Self.symbol(for: base),
            displayCode: display, displaySymbol: Self.symbol(for: display),
            availableCodes: allowed, rates: rates
        )
    }

    static func symbol(for code: String) -> String {
        Locale(identifier: "en_US@currency=\(code)").currencySymbol ?? code
    }
}
