import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// MSI sources, stocks, stock-source links and source items.
///
/// Validation of the input is the domain's (`InventoryValidation`); this type checks only what
/// needs the database (unknown sources and stocks) and writes each change with its outbox event
/// in one transaction.
public struct SQLInventoryRepository: InventoryRepository {
    let provider: any DatabaseProvider
    let clock: any CommerceClock

    public init(provider: any DatabaseProvider, clock: any CommerceClock) {
        self.provider = provider
        self.clock = clock
    }

    static let sources = SearchableTable(
        table: "inventory_source", primaryKey: "source_code",
        fields: [
            "source_code": .init(column: "source_code", kind: .text),
            "name": .init(column: "name", kind: .text),
            "enabled": .init(column: "enabled", kind: .boolean),
            "country_id": .init(column: "country_id", kind: .text),
            "region_id": .init(column: "region_id", kind: .integer),
            "city": .init(column: "city", kind: .text),
            "postcode": .init(column: "postcode", kind: .text),
            "email": .init(column: "email", kind: .text),
        ]
    )

    public func searchSources(_ criteria: SearchCriteria) async throws -> SearchPage<InventorySource> {
        let engine = provider.engine
        return try await provider.read { db in
            let page = try await SearchQuery(criteria, table: Self.sources).run(on: db)
            return SearchPage(items: try page.items.map { try Self.source(from: $0, engine: engine) }, totalCount: page.totalCount)
        }
    }

    public func source(code: String) async throws -> InventorySource {
        let engine = provider.engine
        return try await provider.read { db in
            guard let row = try await db.raw("SELECT * FROM inventory_source WHERE source_code = \(bind: code)").first() else {
                throw Self.noSuchSource(code)
            }
            return try Self.source(from: row, engine: engine)
        }
    }

    public func saveSource(_ source: InventorySource) async throws {
        try InventoryValidation.validate(source)
        let engine = provider.engine
        let now = timestamp()
        let encoder = MagentoEncoder()
        let carriers = try source.carrierLinks.map { try encoder.encode($0).jsonString }
        let extensions = try source.extensionAttributes.map { try encoder.encode($0).jsonString }
        let payload = try encoder.encode(source).jsonString
        let code = source.sourceCode ?? ""
        try await provider.transaction { db in
            try await db.raw("""
                INSERT INTO inventory_source (source_code, name, enabled, description, latitude, longitude, country_id,
                    region_id, region, city, street, postcode, contact_name, email, phone, fax,
                    use_default_carrier_config, carrier_links, extension_attributes)
                VALUES (\(bind: code), \(bind: source.name ?? ""), \(bind: (source.enabled ?? true) ? 1 : 0),
                    \(bind: source.description), \(try Self.decimal(source.latitude, engine, field: "latitude")),
                    \(try Self.decimal(source.longitude, engine, field: "longitude")), \(bind: source.countryId ?? ""),
                    \(bind: source.regionId), \(bind: source.region), \(bind: source.city), \(bind: source.street),
                    \(bind: source.postcode ?? ""), \(bind: source.contactName), \(bind: source.email), \(bind: source.phone),
                    \(bind: source.fax), \(bind: (source.useDefaultCarrierConfig ?? true) ? 1 : 0), \(bind: carriers), \(bind: extensions))
                ON CONFLICT (source_code) DO UPDATE SET name = excluded.name, enabled = excluded.enabled,
                    description = excluded.description, latitude = excluded.latitude, longitude = excluded.longitude,
                    country_id = excluded.country_id, region_id = excluded.region_id, region = excluded.region,
                    city = excluded.city, street = excluded.street, postcode = excluded.postcode,
                    contact_name = excluded.contact_name, email = excluded.email, phone = excluded.phone, fax = excluded.fax,
                    use_default_carrier_config = excluded.use_default_carrier_config,
                    carrier_links = excluded.carrier_links, extension_attributes = excluded.extension_attributes
                """).run()
            try await Outbox.append(
                DomainEvent(type: "inventory_source.saved", entityType: "inventory_source", entityId: code, payload: payload),
                on: db, at: now
            )
        }
    }

    /// A bound exact decimal, or SQL NULL.
    static func decimal(_ value: Decimal?, _ engine: DatabaseEngine, field: String) throws -> any SQLExpression {
        try value.map { SQLBind(try ExactDecimal.storable($0, engine: engine, field: field)) } ?? SQLLiteral.null
    }

    func timestamp() -> String {
        MagentoTimestamp.string(from: clock.now())
    }

    static func noSuchSource(_ code: String) -> CommerceError {
        .notFoundNamed(message: "Source with code \"%value\" does not exist.", parameters: ["value": code])
    }

    static func source(from row: any SQLRow, engine: DatabaseEngine) throws -> InventorySource {
        let decoder = MagentoDecoder()
        func json<T: Decodable>(_ column: String, as type: T.Type) throws -> T? {
            guard let text = try row.decode(column: column, as: String?.self) else { return nil }
            return try decoder.decode(T.self, from: try JSONValue.parse(text))
        }
        func decimal(_ column: String) throws -> Decimal? {
            try row.decodeNil(column: column) ? nil : try ExactDecimal.decode(row, column: column, engine: engine)
        }
        return InventorySource(
            sourceCode: try row.decode(column: "source_code", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            email: try row.decode(column: "email", as: String?.self),
            contactName: try row.decode(column: "contact_name", as: String?.self),
            enabled: try row.decode(column: "enabled", as: Int.self) == 1,
            description: try row.decode(column: "description", as: String?.self),
            latitude: try decimal("latitude"),
            longitude: try decimal("longitude"),
            countryId: try row.decode(column: "country_id", as: String.self),
            regionId: try row.decode(column: "region_id", as: Int?.self),
            region: try row.decode(column: "region", as: String?.self),
            city: try row.decode(column: "city", as: String?.self),
            street: try row.decode(column: "street", as: String?.self),
            postcode: try row.decode(column: "postcode", as: String.self),
            phone: try row.decode(column: "phone", as: String?.self),
            fax: try row.decode(column: "fax", as: String?.self),
            useDefaultCarrierConfig: try row.decode(column: "use_default_carrier_config", as: Int.self) == 1,
            carrierLinks: try json("carrier_links", as: [SourceCarrierLink].self),
            extensionAttributes: try json("extension_attributes", as: JSONObject.self)
        )
    }
}
