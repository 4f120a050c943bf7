import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

extension SQLTaxRepository {
    static let rates = SearchableTable(
        table: "tax_rate", primaryKey: "id",
        fields: [
            "id": .init(column: "id", kind: .integer),
            "tax_calculation_rate_id": .init(column: "id", kind: .integer),
            "code": .init(column: "code", kind: .text),
            "tax_country_id": .init(column: "tax_country_id", kind: .text),
            "tax_region_id": .init(column: "tax_region_id", kind: .integer),
            "tax_postcode": .init(column: "tax_postcode", kind: .text),
            "rate": .init(column: "rate", kind: .decimal),
            "zip_is_range": .init(column: "zip_is_range", kind: .integer),
            "zip_from": .init(column: "zip_from", kind: .integer),
            "zip_to": .init(column: "zip_to", kind: .integer),
        ]
    )

    public func searchRates(_ criteria: SearchCriteria) async throws -> SearchPage<TaxRate> {
        let engine = provider.engine
        return try await provider.read { db in
            let page = try await SearchQuery(criteria, table: Self.rates).run(on: db)
            return SearchPage(items: try page.items.map { try Self.rate(from: $0, engine: engine) }, totalCount: page.totalCount)
        }
    }

    public func rate(id: Int) async throws -> TaxRate {
        let engine = provider.engine
        return try await provider.read { db in try await Self.rate(id: id, on: db, engine: engine) }
    }

    public func saveRate(_ rate: TaxRate) async throws -> TaxRate {
        let engine = provider.engine
        let now = timestamp()
        return try await provider.transaction { db in
            if let id = rate.id { _ = try await Self.rate(id: id, on: db, engine: engine) }
            try TaxRateRules.validate(rate)
            var stored = TaxRateRules.normalized(rate)
            let code = stored.code ?? ""
            if try await db.raw("SELECT id FROM tax_rate WHERE code = \(bind: code) AND id <> \(bind: rate.id ?? 0)").first() != nil {
                throw TaxRateRules.duplicateCode
            }
            let titles = try MagentoEncoder().encode(stored.titles ?? []).jsonString
            let percent = SQLBind(try ExactDecimal.storable(stored.rate ?? 0, engine: engine, field: "rate"))
            if let id = rate.id {
                try await db.raw("""
                    UPDATE tax_rate SET code = \(bind: code), tax_country_id = \(bind: stored.taxCountryId ?? ""),
                        tax_region_id = \(bind: stored.taxRegionId ?? 0), tax_postcode = \(bind: stored.taxPostcode),
                        zip_is_range = \(bind: stored.zipIsRange), zip_from = \(bind: stored.zipFrom), zip_to = \(bind: stored.zipTo),
                        rate = \(percent), titles = \(bind: titles)
                    WHERE id = \(bind: id)
                    """).run()
            } else {
                let row = try await db.raw("""
                    INSERT INTO tax_rate (code, tax_country_id, tax_region_id, tax_postcode, zip_is_range, zip_from, zip_to, rate, titles)
                    VALUES (\(bind: code), \(bind: stored.taxCountryId ?? ""), \(bind: stored.taxRegionId ?? 0),
                        \(bind: stored.taxPostcode), \(bind: stored.zipIsRange), \(bind: stored.zipFrom), \(bind: stored.zipTo),
                        \(percent), \(bind: titles))
                    RETURNING id
                    """).first()
                stored.id = try row?.decode(column: "id", as: Int.self)
            }
            let saved = try await Self.rate(id: stored.id ?? 0, on: db, engine: engine)
            try await Self.record("tax_rate.saved", "tax_rate", saved.id ?? 0, saved, on: db, at: now)
            return saved
        }
    }

    public func deleteRate(id: Int) async throws {
        let engine = provider.engine
        let now = timestamp()
        try await provider.transaction { db in
            let stored = try await Self.rate(id: id, on: db, engine: engine)
            if try await db.raw("SELECT rule_id FROM tax_rule_rate WHERE rate_id = \(bind: id)").first() != nil {
                throw TaxRateRules.usedByRules
            }
            try await db.raw("DELETE FROM tax_rate WHERE id = \(bind: id)").run()
            try await Self.record("tax_rate.deleted", "tax_rate", id, stored, on: db, at: now)
        }
    }

    static func rate(id: Int, on db: any SQLDatabase, engine: DatabaseEngine) async throws -> TaxRate {
        guard let row = try await db.raw("SELECT * FROM tax_rate WHERE id = \(bind: id)").first() else {
            throw TaxRateRules.noSuchRate(id)
        }
        return try rate(from: row, engine: engine)
    }

    static func rate(from row: any SQLRow, engine: DatabaseEngine) throws -> TaxRate {
        let titles = try MagentoDecoder().decode(
            [TaxRateTitle].self, from: try JSONValue.parse(try row.decode(column: "titles", as: String.self))
        )
        return TaxRate(
            id: try row.decode(column: "id", as: Int.self),
            taxCountryId: try row.decode(column: "tax_country_id", as: String.self),
            taxRegionId: try row.decode(column: "tax_region_id", as: Int.self),
            taxPostcode: try row.decode(column: "tax_postcode", as: String?.self),
            zipIsRange: try row.decode(column: "zip_is_range", as: Int?.self),
            zipFrom: try row.decode(column: "zip_from", as: Int?.self),
            zipTo: try row.decode(column: "zip_to", as: Int?.self),
            rate: try ExactDecimal.decode(row, column: "rate", engine: engine),
            code: try row.decode(column: "code", as: String.self),
            titles: titles
        )
    }
}
