import MagentoWire

extension Website: SwaggerDescribable {
    public static let swaggerName = "store-data-website-interface"
    public static var swaggerProperties: [(String, JSONValue)] {
        [("id", .type("integer")), ("code", .type("string")), ("name", .type("string")), ("default_group_id", .type("integer"))]
    }
    public static let swaggerRequired = ["id", "code", "name", "default_group_id"]
}

extension StoreGroup: SwaggerDescribable {
    public static let swaggerName = "store-data-group-interface"
    public static var swaggerProperties: [(String, JSONValue)] {
        [
            ("id", .type("integer")), ("website_id", .type("integer")), ("root_category_id", .type("integer")),
            ("default_store_id", .type("integer")), ("name", .type("string")), ("code", .type("string")),
        ]
    }
    public static let swaggerRequired = ["id", "website_id", "root_category_id", "default_store_id", "name", "code"]
}

extension StoreView: SwaggerDescribable {
    public static let swaggerName = "store-data-store-interface"
    public static var swaggerProperties: [(String, JSONValue)] {
        [
            ("id", .type("integer")), ("code", .type("string")), ("name", .type("string")),
            ("website_id", .type("integer")), ("store_group_id", .type("integer")), ("is_active", .type("integer")),
        ]
    }
    public static let swaggerRequired = ["id", "code", "name", "website_id", "store_group_id", "is_active"]
}

extension StoreConfig: SwaggerDescribable {
    public static let swaggerName = "store-data-store-config-interface"
    public static var swaggerProperties: [(String, JSONValue)] {
        let integers = ["id", "website_id"]
        return keys.map { ($0, .type(integers.contains($0) ? "integer" : "string")) }
    }
    public static var swaggerRequired: [String] { keys }

    static let keys = [
        "id", "code", "website_id", "locale", "base_currency_code", "default_display_currency_code",
        "timezone", "weight_unit", "base_url", "base_link_url", "base_static_url", "base_media_url",
        "secure_base_url", "secure_base_link_url", "secure_base_static_url", "secure_base_media_url",
    ]
}
