extension Migration {
    /// MSI's offline distance provider reads places from `inventory_geoname` (Magento fills it with
    /// `bin/magento inventory-geonames:import`; Magpie with `PUT /V1/magpie/inventory/geonames`).
    /// Empty by default, as in a store that imported none.
    static let geonames = Migration(id: "0024_inventory_geonames") { dialect in
        [
            """
            CREATE TABLE inventory_geoname (
                \(dialect.identityPrimaryKey("entity_id")),
                country_code TEXT NOT NULL,
                postcode TEXT NOT NULL,
                city TEXT NOT NULL DEFAULT '',
                region TEXT NOT NULL DEFAULT '',
                province TEXT NOT NULL DEFAULT '',
                latitude DOUBLE PRECISION NOT NULL,
                longitude DOUBLE PRECISION NOT NULL,
                UNIQUE (country_code, postcode)
            )
            """,
            "CREATE INDEX inventory_geoname_city ON inventory_geoname (country_code, city)",
            "CREATE INDEX inventory_geoname_region ON inventory_geoname (country_code, region)",
        ]
    }
}
