/// `directory-data-currency-information-interface`.
public struct CurrencyInformationResponse: Codable, Sendable, Equatable {
    public var baseCurrencyCode: String
    public var baseCurrencySymbol: String
    public var defaultDisplayCurrencyCode: String
    public var defaultDisplayCurrencySymbol: String
    public var availableCurrencyCodes: [String]
    public var exchangeRates: [ExchangeRate]

    public init(
        baseCurrencyCode: String, baseCurrencySymbol: String, defaultDisplayCurrencyCode: String,
        defaultDisplayCurrencySymbol: String, availableCurrencyCodes: [String], exchangeRates: [ExchangeRate]
    ) {
        self.baseCurrencyCode = baseCurrencyCode
        self.baseCurrencySymbol = baseCurrencySymbol
        self.defaultDisplayCurrencyCode = defaultDisplayCurrencyCode
        self.defaultDisplayCurrencySymbol = defaultDisplayCurrencySymbol
        self.availableCurrencyCodes = availableCurrencyCodes
        self.exchangeRates = exchangeRates
    }

    enum CodingKeys: String, CodingKey {
        case baseCurrencyCode = "base_currency_code"
        case baseCurrencySymbol = "base_currency_symbol"
        case defaultDisplayCurrencyCode = "default_display_currency_code"
        case defaultDisplayCurrencySymbol = "default_display_currency_symbol"
        case availableCurrencyCodes = "available_currency_codes"
        case exchangeRates = "exchange_rates"
    }
}

/// `directory-data-exchange-rate-interface`: the rate travels as a JSON number.
public struct ExchangeRate: Codable, Sendable, Equatable {
    public var currencyTo: String
    public var rate: Double

    public init(currencyTo: String, rate: Double) {
        self.currencyTo = currencyTo
        self.rate = rate
    }

    enum CodingKeys: String, CodingKey {
        case currencyTo = "currency_to"
        case rate
    }
}
