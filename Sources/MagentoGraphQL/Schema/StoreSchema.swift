/// `storeConfig`, `availableStores` and the directory queries: Magento's names, types and
/// deprecations (Open Source fields; Adobe Commerce and payment-vendor fields are left out).
enum StoreSchema {
    static let sdl = """
    extend type Query {
        storeConfig: StoreConfig
        availableStores(useCurrentGroup: Boolean): [StoreConfig]
        countries: [Country]
        country(id: String): Country
        currency: Currency
    }
    enum FixedProductTaxDisplaySettings {
        INCLUDE_FPT_WITHOUT_DETAILS
        INCLUDE_FPT_WITH_DETAILS
        EXCLUDE_FPT_AND_INCLUDE_WITH_DETAILS
        EXCLUDE_FPT_WITHOUT_DETAILS
        FPT_DISABLED
    }
    enum ProductImageThumbnail { ITSELF PARENT }
    type SendFriendConfiguration {
        enabled_for_customers: Boolean!
        enabled_for_guests: Boolean!
    }
    type CancellationReason {
        description: String!
    }
    type StoreConfig {
    \(StoreConfigFields.sdl)
    }
    type Country {
        available_regions: [Region]
        full_name_english: String
        full_name_locale: String
        id: String
        three_letter_abbreviation: String
        two_letter_abbreviation: String
    }
    type Region {
        code: String
        id: Int
        name: String
    }
    type Currency {
        available_currency_codes: [String]
        base_currency_code: String
        base_currency_symbol: String
        default_display_currecy_code: String @deprecated(reason: "Symbol was missed. Use `default_display_currency_code`.")
        default_display_currecy_symbol: String @deprecated(reason: "Symbol was missed. Use `default_display_currency_code`.")
        default_display_currency_code: String
        default_display_currency_symbol: String
        exchange_rates: [ExchangeRate]
    }
    type ExchangeRate {
        currency_to: String
        rate: Float
    }
    """
}
