/// A region (state, province) as Magento's `directory_country_region` holds it.
public struct Region: Sendable, Equatable {
    public var id: Int
    public var countryId: String
    public var code: String
    public var name: String
}

/// Magento's bundled regions for the US and Canada, with Magento's own region ids
/// (clients send `region_id` values from these ids in addresses).
enum Regions {
    static let all: [Region] = usRegions + caRegions

    private static let usRegions: [Region] = numbered(country: "US", from: 1, """
    AL:Alabama AK:Alaska AS:American Samoa AZ:Arizona AR:Arkansas AE:Armed Forces Africa \
    AA:Armed Forces Americas AE:Armed Forces Canada AE:Armed Forces Europe AE:Armed Forces Middle East \
    AP:Armed Forces Pacific CA:California CO:Colorado CT:Connecticut DE:Delaware DC:District of Columbia \
    FM:Federated States Of Micronesia FL:Florida GA:Georgia GU:Guam HI:Hawaii ID:Idaho IL:Illinois \
    IN:Indiana IA:Iowa KS:Kansas KY:Kentucky LA:Louisiana ME:Maine MH:Marshall Islands MD:Maryland \
    MA:Massachusetts MI:Michigan MN:Minnesota MS:Mississippi MO:Missouri MT:Montana NE:Nebraska \
    NV:Nevada NH:New Hampshire NJ:New Jersey NM:New Mexico NY:New York NC:North Carolina \
    ND:North Dakota MP:Northern Mariana Islands OH:Ohio OK:Oklahoma OR:Oregon PW:Palau PA:Pennsylvania \
    PR:Puerto Rico RI:Rhode Island SC:South Carolina SD:South Dakota TN:Tennessee TX:Texas UT:Utah \
    VT:Vermont VI:Virgin Islands VA:Virginia WA:Washington WV:West Virginia WI:Wisconsin WY:Wyoming
    """)

    private static let caRegions: [Region] = numbered(country: "CA", from: 66, """
    AB:Alberta BC:British Columbia MB:Manitoba NL:Newfoundland and Labrador NB:New Brunswick \
    NS:Nova Scotia NT:Northwest Territories NU:Nunavut ON:Ontario PE:Prince Edward Island \
    QC:Quebec SK:Saskatchewan YT:Yukon Territory
    """)

    /// Parses `CODE:Name` entries (names may contain spaces; a new entry starts at `XX:`).
    private static func numbered(country: String, from firstId: Int, _ text: String) -> [Region] {
        var regions: [Region] = []
        var words = text.split(separator: " ")[...]
        while let head = words.popFirst() {
            let code = head.prefix(while: { $0 != ":" })
            var name = String(head.dropFirst(code.count + 1))
            while let next = words.first, !(next.count > 3 && next.dropFirst(2).first == ":") {
                name += " " + next
                words.removeFirst()
            }
            regions.append(Region(id: firstId + regions.count, countryId: country, code: String(code), name: name))
        }
        return regions
    }
}
