/// `customer-data-region-interface`: the `region` object of an address,
/// `{"region_code": "TX", "region": "Texas", "region_id": 57}`.
public struct CustomerRegion: Codable, Sendable, Equatable {
    public var regionCode: String?
    public var region: String?
    public var regionId: Int?

    public init(regionCode: String? = nil, region: String? = nil, regionId: Int? = nil) {
        self.regionCode = regionCode
        self.region = region
        self.regionId = regionId
    }

    enum CodingKeys: String, CodingKey {
        case regionCode = "region_code"
        case region
        case regionId = "region_id"
    }

    /// Magento always writes all three keys, with null for the unknown ones.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(regionCode, forKey: .regionCode)
        try container.encode(region, forKey: .region)
        try container.encode(regionId, forKey: .regionId)
    }
}
