import Foundation
import Synchronization

/// Countries and regions, named in a given locale through ICU.
public final class CountryDirectory: Sendable {
    public struct Country: Sendable, Equatable {
        public var id: String
        public var alpha3: String
        public var nameInLocale: String
        public var nameInEnglish: String
        public var regions: [Region]
    }

    /// ICU's names never change while the process runs, and two `Locale`s and their lookups
    /// cost more than the rest of a country request: each (locale, country) is named once.
    /// Bounded: locales come from store configuration, countries from the ISO list.
    private let named = Mutex<[String: Country]>([:])

    /// One directory for the process, so its names are looked up once (address checks on
    /// every cart and customer write use it).
    public static let shared = CountryDirectory()

    public init() {}

    /// Every country, ordered by code as Magento's collection returns them.
    public func countries(locale: String) -> [Country] {
        ISOCountryCodes.alpha3.map { country(id: $0.0, alpha3: $0.1, locale: locale) }
    }

    /// One country by its two-letter code (case-insensitive), or nil.
    public func country(id: String, locale: String) -> Country? {
        let code = id.uppercased()
        guard let entry = ISOCountryCodes.alpha3.first(where: { $0.0 == code }) else { return nil }
        return country(id: entry.0, alpha3: entry.1, locale: locale)
    }

    private func country(id: String, alpha3: String, locale: String) -> Country {
        let key = locale + "|" + id
        if let known = named.withLock({ $0[key] }) { return known }
        let country = Self.name(id: id, alpha3: alpha3, locale: locale)
        named.withLock { $0[key] = country }
        return country
    }

    private static func name(id: String, alpha3: String, locale: String) -> Country {
        let english = Locale(identifier: "en_US").localizedString(forRegionCode: id) ?? id
        return Country(
            id: id, alpha3: alpha3,
            nameInLocale: Locale(identifier: locale).localizedString(forRegionCode: id) ?? english,
            nameInEnglish: english,
            regions: Regions.all.filter { $0.countryId == id }
        )
    }
}
