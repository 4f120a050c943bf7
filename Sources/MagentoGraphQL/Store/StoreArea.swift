import CommerceDomain
import MagentoWire

/// `storeConfig`, `availableStores`, `countries`, `country` and `currency`: the store tree and
/// directory REST serves at `/V1/store/*` and `/V1/directory/*`, in GraphQL's shape.
public struct StoreArea: GraphQLArea {
    let countries = CountryDirectory()

    public init() {}

    public var schema: String { StoreSchema.sdl }

    public var resolvers: [FieldResolver] {
        [
            FieldResolver("Query", "storeConfig") { call in
                StoreConfigResolver.config(for: call.context.store, context: call.context)
            },
            FieldResolver("Query", "availableStores") { call in
                let current = call.context.store
                let views = call.context.stores.views.filter { view in
                    view.id != 0 && view.isActive == 1 && view.websiteId == current.websiteId
                        && (call.bool("useCurrentGroup") != true || view.storeGroupId == current.storeGroupId)
                }
                return .array(views.map { StoreConfigResolver.config(for: $0, context: call.context) })
            },
            FieldResolver("Query", "countries") { [countries] call in
                .array(countries.countries(locale: Self.locale(call.context)).map(Self.country))
            },
            FieldResolver("Query", "country") { [countries] call in
                guard let id = call.string("id"), !id.isEmpty else {
                    throw GraphQLFault.input("Country \"id\" value should be specified")
                }
                guard let country = countries.country(id: id, locale: Self.locale(call.context)) else {
                    throw GraphQLFault.noSuchEntity("The country isn't available.")
                }
                return Self.country(country)
            },
            FieldResolver("Query", "currency") { call in
                Self.currency(call.context.stores.currencyInformation(storeId: call.context.store.id))
            },
        ]
    }

    static func locale(_ context: GraphQLContext) -> String {
        context.config("general/locale/code") ?? "en_US"
    }

    static func country(_ country: CountryDirectory.Country) -> JSONValue {
        [
            "id": .string(country.id),
            "two_letter_abbreviation": .string(country.id),
            "three_letter_abbreviation": .string(country.alpha3),
            "full_name_locale": .string(country.nameInLocale),
            "full_name_english": .string(country.nameInEnglish),
            // Magento answers null, not [], for a country without regions.
            "available_regions": country.regions.isEmpty ? .null : .array(country.regions.map {
                ["id": .number(String($0.id)), "code": .string($0.code), "name": .string($0.name)]
            }),
        ]
    }

    static func currency(_ info: CurrencyInformation) -> JSONValue {
        [
            "available_currency_codes": .array(info.availableCodes.map(JSONValue.string)),
            "base_currency_code": .string(info.baseCode),
            "base_currency_symbol": .string(info.baseSymbol),
            "default_display_currecy_code": .string(info.displayCode),
            "default_display_currecy_symbol": .string(info.displaySymbol),
            "default_display_currency_code": .string(info.displayCode),
            "default_display_currency_symbol": .string(info.displaySymbol),
            "exchange_rates": .array(info.rates.map { ["currency_to": .string($0.code), "rate": .number($0.rate)] }),
        ]
    }
}
