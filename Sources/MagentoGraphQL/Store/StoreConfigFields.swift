import MagentoWire

/// The `StoreConfig` fields read straight from configuration: field, Magento's config path,
/// the default Magento ships in its config.xml, and the GraphQL type. Fields computed from the
/// store tree (codes, names, URLs, root category) are in `StoreConfigResolver`.
enum StoreConfigFields {
    enum Kind: String {
        case string = "String"
        case int = "Int"
        case boolean = "Boolean"
        case float = "Float"
        case requiredInt = "Int!"
        case requiredBoolean = "Boolean!"
    }

    struct Entry {
        var field: String
        var path: String
        var fallback: String?
        var kind: Kind
    }

    static let configured: [Entry] = [
        Entry(field: "absolute_footer", path: "design/footer/absolute_footer", fallback: nil, kind: .string),
        Entry(field: "allow_guests_to_write_product_reviews", path: "catalog/review/allow_guest", fallback: "1", kind: .string),
        Entry(field: "allow_items", path: "sales/gift_options/allow_items", fallback: nil, kind: .string),
        Entry(field: "allow_order", path: "sales/gift_options/allow_order", fallback: nil, kind: .string),
        Entry(field: "autocomplete_on_storefront", path: "customer/password/autocomplete_on_storefront", fallback: "1", kind: .boolean),
        Entry(field: "cart_expires_in_days", path: "checkout/cart/delete_quote_after", fallback: "30", kind: .int),
        Entry(field: "cart_summary_display_quantity", path: "checkout/cart_link/use_qty", fallback: "1", kind: .int),
        Entry(field: "catalog_default_sort_by", path: "catalog/frontend/default_sort_by", fallback: "position", kind: .string),
        Entry(field: "category_url_suffix", path: "catalog/seo/category_url_suffix", fallback: ".html", kind: .string),
        Entry(field: "check_money_order_enabled", path: "payment/checkmo/active", fallback: "1", kind: .boolean),
        Entry(field: "check_money_order_title", path: "payment/checkmo/title", fallback: "Check / Money order", kind: .string),
        Entry(field: "cms_home_page", path: "web/default/cms_home_page", fallback: "home", kind: .string),
        Entry(field: "cms_no_cookies", path: "web/default/cms_no_cookies", fallback: "enable-cookies", kind: .string),
        Entry(field: "cms_no_route", path: "web/default/cms_no_route", fallback: "no-route", kind: .string),
        Entry(field: "configurable_thumbnail_source", path: "checkout/cart/configurable_product_image", fallback: "parent", kind: .string),
        Entry(field: "contact_enabled", path: "contact/contact/enabled", fallback: "1", kind: .requiredBoolean),
        Entry(field: "copyright", path: "design/footer/copyright", fallback: "Copyright © 2013-present Magento, Inc. All rights reserved.", kind: .string),
        Entry(field: "countries_with_required_region", path: "general/region/state_required", fallback: nil, kind: .string),
        Entry(field: "create_account_confirmation", path: "customer/create_account/confirm", fallback: "0", kind: .boolean),
        Entry(field: "customer_access_token_lifetime", path: "oauth/access_token_lifetime/customer", fallback: "1", kind: .float),
        Entry(field: "default_country", path: "general/country/default", fallback: "US", kind: .string),
        Entry(field: "default_description", path: "design/head/default_description", fallback: nil, kind: .string),
        Entry(field: "default_keywords", path: "design/head/default_keywords", fallback: nil, kind: .string),
        Entry(field: "default_title", path: "design/head/default_title", fallback: "Magento Commerce", kind: .string),
        Entry(field: "demonotice", path: "design/head/demonotice", fallback: "0", kind: .int),
        Entry(field: "display_product_prices_in_catalog", path: "tax/display/type", fallback: "1", kind: .requiredInt),
        Entry(field: "display_shipping_prices", path: "tax/display/shipping", fallback: "1", kind: .requiredInt),
        Entry(field: "display_state_if_optional", path: "general/region/display_all", fallback: "1", kind: .boolean),
        Entry(field: "front", path: "web/default/front", fallback: "cms", kind: .string),
        Entry(field: "grid_per_page", path: "catalog/frontend/grid_per_page", fallback: "12", kind: .int),
        Entry(field: "grid_per_page_values", path: "catalog/frontend/grid_per_page_values", fallback: "12,24,36", kind: .string),
        Entry(field: "head_includes", path: "design/head/includes", fallback: nil, kind: .string),
        Entry(field: "head_shortcut_icon", path: "design/head/shortcut_icon", fallback: nil, kind: .string),
        Entry(field: "header_logo_src", path: "design/header/logo_src", fallback: nil, kind: .string),
        Entry(field: "is_checkout_agreements_enabled", path: "checkout/options/enable_agreements", fallback: "0", kind: .requiredBoolean),
        Entry(field: "is_guest_checkout_enabled", path: "checkout/options/guest_checkout", fallback: "1", kind: .boolean),
        Entry(field: "is_one_page_checkout_enabled", path: "checkout/options/onepage_checkout_enabled", fallback: "1", kind: .boolean),
        Entry(field: "list_mode", path: "catalog/frontend/list_mode", fallback: "grid-list", kind: .string),
        Entry(field: "list_per_page", path: "catalog/frontend/list_per_page", fallback: "10", kind: .int),
        Entry(field: "list_per_page_values", path: "catalog/frontend/list_per_page_values", fallback: "5,10,15,20,25", kind: .string),
        Entry(field: "logo_alt", path: "design/header/logo_alt", fallback: nil, kind: .string),
        Entry(field: "logo_height", path: "design/header/logo_height", fallback: nil, kind: .int),
        Entry(field: "logo_width", path: "design/header/logo_width", fallback: nil, kind: .int),
        Entry(field: "magento_wishlist_general_is_enabled", path: "wishlist/general/active", fallback: "1", kind: .string),
        Entry(field: "max_items_in_order_summary", path: "checkout/options/max_items_display_count", fallback: "10", kind: .int),
        Entry(field: "minicart_display", path: "checkout/sidebar/display", fallback: "1", kind: .boolean),
        Entry(field: "minicart_max_items", path: "checkout/sidebar/max_items_display_count", fallback: "10", kind: .int),
        Entry(field: "minimum_password_length", path: "customer/password/minimum_password_length", fallback: "8", kind: .string),
        Entry(field: "newsletter_enabled", path: "newsletter/general/active", fallback: "1", kind: .requiredBoolean),
        Entry(field: "no_route", path: "web/default/no_route", fallback: "cms/noroute/index", kind: .string),
        Entry(field: "optional_zip_countries", path: "general/country/optional_zip_countries", fallback: "HK,IE,MO,PA,GB", kind: .string),
        Entry(field: "order_cancellation_enabled", path: "sales/cancellation/enabled", fallback: "0", kind: .requiredBoolean),
        Entry(field: "product_reviews_enabled", path: "catalog/review/active", fallback: "1", kind: .string),
        Entry(field: "product_url_suffix", path: "catalog/seo/product_url_suffix", fallback: ".html", kind: .string),
        Entry(field: "required_character_classes_number", path: "customer/password/required_character_classes_number", fallback: "3", kind: .string),
        Entry(field: "show_cms_breadcrumbs", path: "web/default/show_cms_breadcrumbs", fallback: "1", kind: .int),
        Entry(field: "title_prefix", path: "design/head/title_prefix", fallback: nil, kind: .string),
        Entry(field: "title_separator", path: "catalog/seo/title_separator", fallback: "-", kind: .string),
        Entry(field: "title_suffix", path: "design/head/title_suffix", fallback: nil, kind: .string),
        Entry(field: "use_store_in_url", path: "web/url/use_store", fallback: "0", kind: .boolean),
        Entry(field: "welcome", path: "design/header/welcome", fallback: "Default welcome msg!", kind: .string),
    ]

    /// Fields computed from the store tree rather than read from one setting.
    static let computed: [(String, String)] = [
        ("base_currency_code", "String"), ("base_link_url", "String"), ("base_media_url", "String"),
        ("base_static_url", "String"), ("base_url", "String"),
        ("category_fixed_product_tax_display_setting", "FixedProductTaxDisplaySettings"),
        ("code", "String @deprecated(reason: \"Use `store_code` instead.\")"),
        ("configurable_product_image", "ProductImageThumbnail!"),
        ("default_display_currency_code", "String"),
        ("grouped_product_image", "ProductImageThumbnail!"),
        ("id", "Int @deprecated(reason: \"Use `store_code` instead.\")"),
        ("is_default_store", "Boolean"), ("is_default_store_group", "Boolean"), ("locale", "String"),
        ("order_cancellation_reasons", "[CancellationReason]!"),
        ("product_fixed_product_tax_display_setting", "FixedProductTaxDisplaySettings"),
        ("root_category_id", "Int @deprecated(reason: \"Use `root_category_uid` instead.\")"),
        ("root_category_uid", "ID"),
        ("sales_fixed_product_tax_display_setting", "FixedProductTaxDisplaySettings"),
        ("secure_base_link_url", "String"), ("secure_base_media_url", "String"),
        ("secure_base_static_url", "String"), ("secure_base_url", "String"),
        ("send_friend", "SendFriendConfiguration"),
        ("store_code", "ID"), ("store_group_code", "ID"), ("store_group_name", "String"),
        ("store_name", "String"), ("store_sort_order", "Int"), ("timezone", "String"),
        ("website_code", "ID"),
        ("website_id", "Int @deprecated(reason: \"The field should not be used on the storefront.\")"),
        ("website_name", "String"), ("weight_unit", "String"),
    ]

    /// The `StoreConfig` body, sorted as introspection lists it.
    static var sdl: String {
        let lines = configured.map { ($0.field, $0.kind.rawValue) } + computed
        return lines.sorted { $0.0 < $1.0 }.map { "    \($0.0): \($0.1)" }.joined(separator: "\n")
    }

    /// A configured value as its GraphQL type; nil when unset and Magento has no default.
    static func value(_ entry: Entry, raw: String?) -> JSONValue {
        guard let text = raw ?? entry.fallback else {
            switch entry.kind {
            case .requiredBoolean: return .bool(false)
            case .requiredInt: return .number("0")
            default: return .null
            }
        }
        switch entry.kind {
        case .string: return .string(text)
        case .int, .requiredInt: return Int(text).map { .number(String($0)) } ?? (entry.kind == .requiredInt ? .number("0") : .null)
        case .float: return Double(text) != nil ? .number(text) : .null
        case .boolean, .requiredBoolean: return .bool(text == "1" || text.lowercased() == "true")
        }
    }
}
