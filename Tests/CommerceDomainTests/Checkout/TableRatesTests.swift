import CommerceDomain
import Foundation
import MagentoWire
import Testing

/// Magento's table-rate file and its destination lookup. California is region 12, New York 43.
@Suite("Table rates")
struct TableRatesTests {
    static let file = """
    Country,Region/State,Zip/Postal Code,Order Subtotal (and above),Shipping Price
    USA,*,*,0,20
    USA,*,*,100,10
    US,CA,*,0,15
    US,CA,94105,0,12
    US,CA,94105,100,6
    US,NY,10001,0,9
    *,*,*,0,40
    """

    static func rows() throws -> [TableRateRow] {
        try TableRates.parse(csv: file, condition: .packageValue)
    }

    static func price(_ country: String, region: Int? = nil, postcode: String? = nil, value: Decimal) throws -> Decimal? {
        TableRates.price(try rows(), destination: ShippingDestination(countryId: country, regionId: region, postcode: postcode), measure: value)
    }

    @Test("rows are read with three-letter countries, region codes and * for any")
    func parsesRows() throws {
        let rows = try Self.rows()
        #expect(rows.count == 7)
        #expect(rows[0] == TableRateRow(countryId: "US", regionId: nil, postcode: "*", from: 0, price: 20))
        #expect(rows[3] == TableRateRow(countryId: "US", regionId: 12, postcode: "94105", from: 0, price: 12))
        #expect(rows[6] == TableRateRow(countryId: nil, regionId: nil, postcode: "*", from: 0, price: 40))
    }

    @Test("the most specific destination wins, then the highest row the subtotal reaches")
    func lookup() throws {
        #expect(try Self.price("US", region: 12, postcode: "94105", value: 50) == 12)
        #expect(try Self.price("US", region: 12, postcode: "94105", value: 150) == 6)
        // ZIP+4 matches on the part before the dash.
        #expect(try Self.price("US", region: 12, postcode: "94105-1234", value: 150) == 6)
        #expect(try Self.price("US", region: 12, postcode: "90001", value: 150) == 15)
        #expect(try Self.price("US", region: 43, postcode: "10001", value: 10) == 9)
        // A region row beats the country row even when the country row's threshold is higher.
        #expect(try Self.price("US", region: 12, postcode: nil, value: 150) == 15)
        #expect(try Self.price("US", region: 43, postcode: "12000", value: 150) == 10)
        #expect(try Self.price("US", value: 50) == 20)
        #expect(try Self.price("FR", postcode: "75001", value: 500) == 40)
    }

    @Test("no row reached, or no address for a file with only destination rows: no price")
    func noPrice() throws {
        let rows = try TableRates.parse(csv: "Country,Region/State,Zip/Postal Code,# of Items (and above),Shipping Price\nDE,*,*,2,8\n", condition: .packageQty)
        #expect(TableRates.price(rows, destination: ShippingDestination(countryId: "DE"), measure: 1) == nil)
        #expect(TableRates.price(rows, destination: ShippingDestination(countryId: "DE"), measure: 3) == 8)
        #expect(TableRates.price(rows, destination: nil, measure: 3) == nil)
        #expect(TableRates.price(rows, destination: ShippingDestination(countryId: "AT"), measure: 3) == nil)
    }

    @Test("columns are found by their header titles in any order")
    func headerOrder() throws {
        let text = "Shipping Price,Weight (and above),Zip/Postal Code,Region/State,Country\n7.5,10,,*,GB\n"
        let rows = try TableRates.parse(csv: text, condition: .packageWeight)
        #expect(rows == [TableRateRow(countryId: "GB", postcode: "*", from: 10, price: Decimal(string: "7.5")!)])
    }

    @Test("every bad row is reported in Magento's words and nothing is kept")
    func errors() {
        let text = """
        Country,Region/State,Zip/Postal Code,Order Subtotal (and above),Shipping Price
        US,*,*,0,5
        XX,*,*,0,5
        US,ZZ,*,0,5
        US,*,*,abc,5
        US,*,*,10,-1
        US,*,*
        US,*,*,0,7
        """
        #expect(throws: TableRates.ImportError(messages: [
            "The \"XX\" country in row number \"3\" is incorrect. Verify the country and try again.",
            "The \"ZZ\" region or state in row number \"4\" is incorrect. Verify the region or state and try again.",
            "Please correct Order Subtotal (and above) \"abc\" in the Row #5.",
            "The \"-1\" shipping price in row number \"6\" is incorrect. Verify the shipping price and try again.",
            "The Table Rates File Format is incorrect in row number \"7\". Verify the format and try again.",
            "Duplicate Row #8 (duplicates row #2)",
        ])) {
            try TableRates.parse(csv: text, condition: .packageValue)
        }
        #expect(throws: TableRates.ImportError(messages: ["Please correct Table Rates File Format."])) {
            try TableRates.parse(csv: "", condition: .packageValue)
        }
    }

    @Test("the carrier reads a CSV from config and prices by the shipping address")
    func carrierFromConfig() {
        let config = [
            "carriers/flatrate/active": "0", "carriers/freeshipping/active": "0",
            "carriers/tablerate/active": "1", "carriers/tablerate/condition_name": "package_qty",
            "carriers/tablerate/rates": "Country,Region/State,Zip/Postal Code,# of Items (and above),Shipping Price\nUS,CA,*,1,4\nUS,*,*,1,6\n",
        ].map { ConfigValue(scope: .default, scopeId: 0, path: $0.key, value: $0.value) }
        let directory = StoreDirectory(websites: [], groups: [], views: [], config: config)
        let settings = CheckoutSettings(directory: directory, storeId: 1)
        var california = CartAddress()
        california.countryId = "US"
        california.regionCode = "CA"
        let toCalifornia = ShippingPackage(qty: 2, value: 10, weight: 0, freeShipping: false, destination: ShippingDestination(california))
        let toTexas = ShippingPackage(qty: 2, value: 10, weight: 0, freeShipping: false, destination: ShippingDestination(countryId: "US", regionId: 57))
        #expect(ShippingCarriers.rates(settings.carriers, for: toCalifornia).map(\.amount) == [4])
        #expect(ShippingCarriers.rates(settings.carriers, for: toTexas).map(\.amount) == [6])
    }
}
