/// The rows a fresh Magento installation has: the admin and base websites, groups and store
/// views, and the default-scope locale, currency and URL settings.
///
/// `{{base_url}}` is left for the REST layer to replace with the URL the request came in on.
enum BaseStoreData {
    static let configRows: [(path: String, value: String)] = [
        ("general/locale/code", "en_US"),
        ("general/locale/timezone", "UTC"),
        ("general/locale/weight_unit", "lbs"),
        ("currency/options/base", "USD"),
        ("currency/options/default", "USD"),
        ("currency/options/allow", "USD"),
    ] + ["unsecure", "secure"].flatMap { security in
        [
            ("web/\(security)/base_url", "{{base_url}}"),
            ("web/\(security)/base_link_url", "{{base_url}}"),
            ("web/\(security)/base_static_url", "{{base_url}}static/"),
            ("web/\(security)/base_media_url", "{{base_url}}media/"),
        ]
    }

    static var statements: [String] {
        [
            """
            INSERT INTO store_website (website_id, code, name, sort_order, default_group_id, is_default)
            VALUES (0, 'admin', 'Admin', 0, 0, 0), (1, 'base', 'Main Website', 0, 1, 1)
            """,
            """
            INSERT INTO store_group (group_id, website_id, name, root_category_id, default_store_id, code)
            VALUES (0, 0, 'Default', 0, 0, 'default'), (1, 1, 'Main Website Store', 2, 1, 'main_website_store')
            """,
            """
            INSERT INTO store (store_id, code, website_id, group_id, name, sort_order, is_active)
            VALUES (0, 'admin', 0, 0, 'Admin', 0, 1), (1, 'default', 1, 1, 'Default Store View', 0, 1)
            """,
            "INSERT INTO core_config_data (scope, scope_id, path, value) VALUES "
                + configRows.map { "('default', 0, '\($0.path)', '\($0.value)')" }.joined(separator: ", "),
        ]
    }
}
