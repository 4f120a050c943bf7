import Foundation
import MagentoWire

/// One table-rate row as Magento's `shipping_tablerate` holds it: a destination (each part may be
/// "any") and the price from a condition value up.
public struct TableRateRow: Sendable, Equatable {
    /// Two-letter country; nil is `*` (Magento stores `0`).
    public var countryId: String?
    /// Magento region id; nil is `*` (Magento stores `0`).
    public var regionId: Int?
    /// Postcode, or `*` for any.
    public var postcode: String
    /// The condition value (subtotal, quantity or weight) this row starts at.
    public var from: Decimal
    public var price: Decimal

    public init(countryId: String? = nil, regionId: Int? = nil, postcode: String = "*", from: Decimal, price: Decimal) {
        self.countryId = countryId
        self.regionId = regionId
        self.postcode = postcode
        self.from = from
        self.price = price
    }
}

/// Where a package goes, as far as table rates care.
public struct ShippingDestination: Sendable, Equatable {
    public var countryId: String
    public var regionId: Int?
    public var postcode: String?

    public init(countryId: String, regionId: Int? = nil, postcode: String? = nil) {
        self.countryId = countryId
        self.regionId = regionId
        self.postcode = postcode
    }

    /// From a cart address: the region id as sent, else looked up from its region code.
    public init?(_ address: CartAddress) {
        guard let country = address.countryId?.uppercased(), !country.isEmpty else { return nil }
        let regionId = address.regionId.flatMap { $0 > 0 ? $0 : nil }
            ?? address.regionCode.flatMap { code in TableRates.regionIds(country: country, code: code).first }
        self.init(countryId: country, regionId: regionId, postcode: address.postcode)
    }
}

/// Magento's table-rate file (the CSV an admin uploads per website) and its lookup.
public enum TableRates {
    /// A file that cannot be imported: every bad row's message, in Magento's words. Nothing of
    /// the file is kept, as in Magento.
    public struct ImportError: Error, Equatable, CustomStringConvertible {
        public var messages: [String]
        public var description: String { messages.joined(separator: "\n") }

        public init(messages: [String]) {
            self.messages = messages
        }
    }

    /// The condition column's title in Magento's exported file, used in its error messages.
    public static func conditionTitle(_ condition: CarrierSettings.TableRate.Condition) -> String {
        switch condition {
        case .packageValue: "Order Subtotal (and above)"
        case .packageQty: "# of Items (and above)"
        case .packageWeight: "Weight (and above)"
        }
    }

    /// Parses a table-rate file: a header row, then `Country,Region/State,Zip/Postal Code,<condition>,Shipping Price`.
    /// Columns are found by header title, else by position, as Magento's column resolver does.
    /// Countries are two- or three-letter codes or `*`; regions are region codes or `*`; an empty
    /// postcode is `*`. Rows are numbered from the header (row 1), as in Magento's messages.
    public static func parse(csv text: String, condition: CarrierSettings.TableRate.Condition) throws(ImportError) -> [TableRateRow] {
        let records: [CSV.Record]
        do {
            records = try CSV.records(text).filter { !$0.isBlank }
        } catch {
            throw ImportError(messages: [error.description])
        }
        guard let header = records.first else { throw ImportError(messages: ["Please correct Table Rates File Format."]) }
        let columns = Columns(header: header.fields, condition: conditionTitle(condition))
        var rows: [TableRateRow] = []
        var messages: [String] = []
        var seen: [String: Int] = [:]
        for (index, record) in records.dropFirst().enumerated() {
            let number = index + 2
            do throws(RowError) {
                let parsed = try parseRow(record.fields, number: number, columns: columns)
                for row in parsed {
                    let key = "\(row.countryId ?? "0")-\(row.regionId ?? 0)-\(row.postcode)-\(row.from)"
                    if let first = seen[key] {
                        throw RowError(message: "Duplicate Row #\(number) (duplicates row #\(first))")
                    }
                    seen[key] = number
                }
                rows += parsed
            } catch {
                messages.append(error.message)
            }
        }
        guard messages.isEmpty else { throw ImportError(messages: messages) }
        return rows
    }

    /// The price for a package going to `destination` whose condition value is `measure`:
    /// Magento's candidate destinations (exact postcode, postcode before a dash, any postcode; the
    /// region or any region; the country, or any country with any postcode), most specific
    /// country, then region, then postcode first, then the highest row the measure reaches.
    public static func price(_ rows: [TableRateRow], destination: ShippingDestination?, measure: Decimal) -> Decimal? {
        let candidates = rows.filter { $0.from <= measure && matches($0, destination) }
        return candidates.max { lhs, rhs in
            (lhs.countryId != nil ? 1 : 0, lhs.regionId ?? 0, lhs.postcode, lhs.from)
                < (rhs.countryId != nil ? 1 : 0, rhs.regionId ?? 0, rhs.postcode, rhs.from)
        }?.price
    }

    static func matches(_ row: TableRateRow, _ destination: ShippingDestination?) -> Bool {
        guard let destination else {
            // No address yet (a bare estimate): only rows for anywhere apply.
            return row.countryId == nil && row.regionId == nil && row.postcode == "*"
        }
        guard row.regionId == nil || row.regionId == destination.regionId else { return false }
        guard let country = row.countryId else { return row.postcode == "*" }
        guard country == destination.countryId else { return false }
        if row.postcode == "*" { return true }
        guard let postcode = destination.postcode?.uppercased(), !postcode.isEmpty else { return false }
        return row.postcode.uppercased() == postcode || row.postcode.uppercased() == prefix(postcode)
    }

    /// The part before a dash (`12345-6789` → `12345`), as Magento matches ZIP+4 codes.
    static func prefix(_ postcode: String) -> String {
        guard let dash = postcode.firstIndex(of: "-"), dash != postcode.startIndex, postcode.index(after: dash) != postcode.endIndex else {
            return postcode
        }
        return String(postcode[..<dash])
    }

    static func regionIds(country: String, code: String) -> [Int] {
        Regions.all.filter { $0.countryId == country && $0.code.caseInsensitiveCompare(code) == .orderedSame }.map(\.id)
    }

    struct RowError: Error {
        var message: String
    }

    /// Where each column is: by header title when present, else Magento's default positions.
    struct Columns {
        var country = 0, region = 1, postcode = 2, condition = 3, price = 4
        let conditionTitle: String

        init(header: [String], condition: String) {
            conditionTitle = condition
            let titles = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            func position(_ title: String, _ fallback: Int) -> Int { titles.firstIndex(of: title.lowercased()) ?? fallback }
            country = position("Country", country)
            region = position("Region/State", region)
            postcode = position("Zip/Postal Code", postcode)
            self.condition = position(condition, self.condition)
            price = position("Shipping Price", price)
        }
    }

    static func parseRow(_ fields: [String], number: Int, columns: Columns) throws(RowError) -> [TableRateRow] {
        guard fields.count >= 5 else {
            throw RowError(message: "The Table Rates File Format is incorrect in row number \"\(number)\". Verify the format and try again.")
        }
        let value = { (index: Int) in index < fields.count ? fields[index].trimmingCharacters(in: .whitespaces) : "" }
        let countryText = value(columns.country)
        let country: String?
        if let code = countryCode(countryText) {
            country = code
        } else if countryText == "*" || countryText.isEmpty {
            country = nil
        } else {
            throw RowError(message: "The \"\(countryText)\" country in row number \"\(number)\" is incorrect. Verify the country and try again.")
        }
        let regionText = value(columns.region)
        var regions: [Int?] = []
        if let country, case let ids = regionIds(country: country, code: regionText), !ids.isEmpty {
            regions = ids
        } else if regionText == "*" || regionText.isEmpty {
            regions = [nil]
        } else {
            throw RowError(message: "The \"\(regionText)\" region or state in row number \"\(number)\" is incorrect. Verify the region or state and try again.")
        }
        let postcodeText = value(columns.postcode)
        let conditionText = value(columns.condition)
        guard let from = nonNegative(conditionText) else {
            throw RowError(message: "Please correct \(columns.conditionTitle) \"\(conditionText)\" in the Row #\(number).")
        }
        let priceText = value(columns.price)
        guard let price = nonNegative(priceText) else {
            throw RowError(message: "The \"\(priceText)\" shipping price in row number \"\(number)\" is incorrect. Verify the shipping price and try again.")
        }
        return regions.map { region in
            TableRateRow(countryId: country, regionId: region, postcode: postcodeText.isEmpty ? "*" : postcodeText, from: from, price: price)
        }
    }

    /// A two- or three-letter country code as Magento's location directory knows it.
    static func countryCode(_ text: String) -> String? {
        let code = text.uppercased()
        return ISOCountryCodes.alpha3.first { $0.0 == code || $0.1 == code }?.0
    }

    static func nonNegative(_ text: String) -> Decimal? {
        guard !text.isEmpty, text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E" }),
              let value = Decimal(string: text), value >= 0 else { return nil }
        return value
    }
}
