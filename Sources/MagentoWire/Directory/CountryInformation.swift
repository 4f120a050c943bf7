/// `directory-data-country-information-interface`.
public struct CountryInformation: Codable, Sendable, Equatable {
    public var id: String
    public var twoLetterAbbreviation: String
    public var threeLetterAbbreviation: String
    public var fullNameLocale: String
    public var fullNameEnglish: String
    /// Omitted for countries without regions, as Magento omits a null getter.
    public var availableRegions: [RegionInformation]?

    public init(
        id: String, twoLetterAbbreviation: String, threeLetterAbbreviation: String,
        fullNameLocale: String, fullNameEnglish: String, availableRegions: [RegionInformation]?
    ) {
        self.id = id
        self.twoLetterAbbreviation = twoLetterAbbreviation
        self.threeLetterAbbreviation = threeLetterAbbreviation
        self.fullNameLocale = fullNameLocale
        self.fullNameEnglish = fullNameEnglish
        self.availableRegions = availableRegions
    }

    enum CodingKeys: String, CodingKey {
        case id
        case twoLetterAbbreviation = "two_letter_abbreviation"
        case threeLetterAbbreviation = "three_letter_abbreviation"
        case fullNameLocale = "full_name_locale"
        case fullNameEnglish = "full_name_english"
        case availableRegions = "available_regions"
    }
}

/// `directory-data-region-information-interface`: Magento sends the id as a string.
public struct RegionInformation: Codable, Sendable, Equatable {
    public var id: String
    public var code: String
    public var name: String

    public init(id: String, code: String, name: String) {
        self.id = id
        self.code = code
        self.name = name
    }
}
