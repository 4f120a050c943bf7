import Foundation
import MagentoWire

/// What Magento's tax rate repository checks before it saves a rate, and how a range is stored.
public enum TaxRateRules {
    /// Every problem in one aggregate, in Magento's order: country, region, rate, code, postcode.
    public static func validate(_ rate: TaxRate, countries: CountryDirectory = .shared) throws {
        var errors: [CommerceError] = []
        let country = rate.taxCountryId ?? ""
        if country.isEmpty {
            errors.append(RepositoryInputErrors.required("country_id"))
        } else if countries.country(id: country, locale: "en_US") == nil || country.count != 2 {
            errors.append(RepositoryInputErrors.invalidValue("country_id", country))
        }
        // Region 0 is "every region" (`*` in the admin) and is not looked up.
        if let region = rate.taxRegionId, region != 0, !Regions.all.contains(where: { $0.id == region }) {
            errors.append(RepositoryInputErrors.invalidValue("region_id", String(region)))
        }
        if rate.rate.map({ $0 < 0 }) ?? true {
            errors.append(RepositoryInputErrors.required("percentage_rate"))
        }
        if (rate.code ?? "").trimmingWhitespace.isEmpty {
            errors.append(RepositoryInputErrors.required("code"))
        }
        if rate.zipIsRange.map({ $0 != 0 }) ?? false {
            errors += rangeErrors(rate)
        } else if (rate.taxPostcode ?? "").trimmingWhitespace.isEmpty {
            errors.append(RepositoryInputErrors.required("postcode"))
        }
        try RepositoryInputErrors.throwIfAny(errors)
    }

    private static func rangeErrors(_ rate: TaxRate) -> [CommerceError] {
        var errors: [CommerceError] = []
        for (field, value) in [("zip_from", rate.zipFrom), ("zip_to", rate.zipTo)] {
            guard let value, value >= 0 else {
                errors.append(RepositoryInputErrors.invalidValue(field, value.map(String.init) ?? ""))
                continue
            }
            if String(value).count > 9 {
                errors.append(.invalidInput(message: "Maximum zip code length is 9."))
            }
        }
        if let from = rate.zipFrom, let to = rate.zipTo, from > to {
            errors.append(.invalidInput(message: "Range To should be equal or greater than Range From."))
        }
        return errors
    }

    /// The rate as stored: a range keeps `from-to` as its postcode, and anything else loses the
    /// range fields, as Magento's rate model does on save.
    public static func normalized(_ rate: TaxRate) -> TaxRate {
        var stored = rate
        stored.taxCountryId = rate.taxCountryId?.uppercased()
        stored.taxRegionId = rate.taxRegionId ?? 0
        if let from = rate.zipFrom, let to = rate.zipTo, rate.zipIsRange.map({ $0 != 0 }) ?? false {
            stored.zipIsRange = 1
            stored.taxPostcode = "\(from)-\(to)"
        } else {
            stored.zipIsRange = nil
            stored.zipFrom = nil
            stored.zipTo = nil
        }
        stored.titles = rate.titles ?? []
        return stored
    }

    public static func noSuchRate(_ id: Int) -> CommerceError {
        .noSuchEntity(field: "taxRateId", value: String(id))
    }

    public static let duplicateCode = CommerceError.alreadyExists(message: "%1 already exists.", parameters: ["Code"])

    public static let usedByRules = CommerceError.invalidInput(message: "The tax rate cannot be removed. It exists in a tax rule.")
}
