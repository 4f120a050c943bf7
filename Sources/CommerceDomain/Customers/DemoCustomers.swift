import MagentoWire

/// Fifty deterministic demo shoppers with one address each (default billing and shipping), spread
/// over groups 1–3 and over US and Canadian regions and other countries, so that demo orders can
/// be placed for known people. Seeded into a new demo database, they get ids 1…50 in this order.
public enum DemoCustomers {
    /// Every demo account signs in with this password; `roni_cost@example.com` is the first one.
    public static let password = "Magpie-demo1"

    public struct Entry: Sendable, Equatable {
        public var id: Int
        public var email: String
        public var firstname: String
        public var lastname: String
        public var groupId: Int
        public var address: CustomerAddress
    }

    static let firstNames = ["Veronica", "Liam", "Olivia", "Noah", "Emma", "Lucas", "Amelia", "Mateo", "Sophia", "Ethan",
                             "Chloé", "Jonas", "Aiko", "Rahul", "Zoe", "Marco", "Ingrid", "Tomás", "Nadia", "Oscar",
                             "Priya", "Felix", "Hana", "Diego", "Freya"]
    static let lastNames = ["Costello", "Nguyen", "Schmidt", "Martin", "Rossi", "Dubois", "Tanaka", "Patel", "Silva", "Kowalski"]

    /// (country, region id or free-text region, city, postcode, street).
    static let places: [(country: String, region: CustomerRegion, city: String, postcode: String, street: String)] = [
        ("US", CustomerRegion(regionId: 33), "Calder", "49628-7978", "6146 Honey Bluff Parkway"),
        ("US", CustomerRegion(regionId: 12), "San Francisco", "94107", "500 Howard Street"),
        ("US", CustomerRegion(regionId: 43), "New York", "10013", "77 Hudson Street"),
        ("US", CustomerRegion(regionId: 57), "Austin", "78701", "1100 Congress Avenue"),
        ("US", CustomerRegion(regionId: 18), "Miami", "33131", "200 Biscayne Boulevard"),
        ("US", CustomerRegion(regionId: 62), "Seattle", "98101", "1301 Fifth Avenue"),
        ("CA", CustomerRegion(regionId: 74), "Toronto", "M5V 2T6", "290 Bremner Boulevard"),
        ("CA", CustomerRegion(regionId: 67), "Vancouver", "V6B 1A1", "800 Robson Street"),
        ("CA", CustomerRegion(regionId: 76), "Montréal", "H3B 4W8", "1000 Rue de la Gauchetière"),
        ("FR", CustomerRegion(region: "Île-de-France"), "Paris", "75001", "12 Rue de Rivoli"),
        ("DE", CustomerRegion(region: "Berlin"), "Berlin", "10117", "Unter den Linden 5"),
        ("GB", CustomerRegion(region: "Greater London"), "London", "SW1A 1AA", "10 Whitehall"),
        ("JP", CustomerRegion(region: "Tokyo"), "Tokyo", "100-0005", "1-1 Marunouchi"),
        ("AU", CustomerRegion(region: "New South Wales"), "Sydney", "2000", "1 Macquarie Street"),
        ("NL", CustomerRegion(region: "Noord-Holland"), "Amsterdam", "1012 JS", "Dam 1"),
        ("IT", CustomerRegion(region: "Lazio"), "Roma", "00186", "Piazza Navona 3"),
        ("BR", CustomerRegion(region: "São Paulo"), "São Paulo", "01310-100", "Avenida Paulista 1000"),
    ]

    public static let all: [Entry] = (0..<50).map { index in
        let first = firstNames[index % firstNames.count]
        let last = lastNames[(index * 3 + index / firstNames.count) % lastNames.count]
        let email = index == 0 ? "roni_cost@example.com" : "\(ascii(first)).\(ascii(last)).\(index + 1)@example.com"
        let place = places[index % places.count]
        let address = CustomerAddress(
            region: place.region, regionId: place.region.regionId, countryId: place.country, street: [place.street],
            telephone: "555-01\(String(format2: index))", postcode: place.postcode, city: place.city,
            firstname: first, lastname: last, defaultShipping: true, defaultBilling: true
        )
        return Entry(id: index + 1, email: email, firstname: first, lastname: last, groupId: index % 3 + 1, address: address)
    }

    /// The entry's account as `POST /V1/customers` would receive it, in the default store view.
    public static func customer(_ entry: Entry) -> Customer {
        Customer(
            groupId: entry.groupId, email: entry.email, firstname: entry.firstname, lastname: entry.lastname,
            storeId: 1, websiteId: 1, addresses: [entry.address]
        )
    }

    /// Lowercased ASCII for email local parts (`Chloé` → `chloe`).
    static func ascii(_ name: String) -> String {
        String(name.lowercased().map { character -> Character in
            switch character {
            case "é": "e"
            case "á": "a"
            default: character
            }
        })
    }
}

private extension String {
    /// Two digits, zero-padded.
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : String(value)
    }
}
