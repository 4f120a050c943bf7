import CommerceDomain
import HTTPTypes
import MagentoWire

/// `GET /V1/directory/*`: countries, regions and currencies, named in the store's locale.
public struct DirectoryRoutes: Sendable {
    let countries = CountryDirectory()

    public init() {}

    public var endpoints: [Endpoint] {
        [
            Endpoint(
                .get, "/V1/directory/currency", access: .anonymous,
                service: "directoryCurrencyInformationAcquirerV1", operation: "getCurrencyInfo",
                summary: "Get currency information for the store."
            ) { call in Self.wire(call.stores.currencyInformation(storeId: call.store.id)) },
            Endpoint(
                .get, "/V1/directory/countries", access: .anonymous,
                service: "directoryCountryInformationAcquirerV1", operation: "getCountriesInfo",
                summary: "Get all countries and regions information for the store."
            ) { [countries] call in
                countries.countries(locale: Self.locale(call)).map(Self.wire)
            },
            Endpoint(
                .get, "/V1/directory/countries/:countryId", access: .anonymous,
                service: "directoryCountryInformationAcquirerV1", operation: "getCountryInfo",
                summary: "Get country and region information for the store."
            ) { [countries] call in
                let id = call.pathParameter("countryId")
                guard let country = countries.country(id: id, locale: Self.locale(call)) else {
                    throw CommerceError.notFound(message: "The country isn't available.")
                }
                return Self.wire(country)
            },
        ]
    }

    static func locale(_ call: EndpointCall) -> String {
        call.stores.configValue("general/locale/code", storeId: call.store.id) ?? "en_US"
    }

    static func wire(_ country: CountryDirectory.Country) -> CountryInformation {
        CountryInformation(
            id: country.id, twoLetterAbbreviation: country.id, threeLetterAbbreviation: country.alpha3,
            fullNameLocale: country.nameInLocale, fullNameEnglish: country.nameInEnglish,
            availableRegions: country.regions.isEmpty ? nil : country.regions.map {
                RegionInformation(id: String($0.id), code: $0.code, name: $0.name)
            }
        )
    }

    static func wire(_ info: CurrencyInformation) -> CurrencyInformationResponse {
        CurrencyInformationResponse(
            baseCurrencyCode: info.baseCode, baseCurrencySymbol: info.baseSymbol,
            defaultDisplayCurrencyCode: info.displayCode, defaultDisplayCurrencySymbol: info.displaySymbol,
            availableCurrencyCodes: info.availableCodes,
            exchangeRates: info.rates.map { ExchangeRate(currencyTo: $0.code, rate: Double($0.rate) ?? 0) }
        )
    }
}
