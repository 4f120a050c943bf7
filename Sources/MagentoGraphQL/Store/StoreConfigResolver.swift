import CommerceDomain
import MagentoWire

/// One store view's `StoreConfig`: the tree (codes, names, defaults), the URLs REST's
/// `storeConfigs` reports, and every configured setting.
enum StoreConfigResolver {
    static func config(for view: StoreView, context: GraphQLContext) -> JSONValue {
        let stores = context.stores
        let rest = stores.storeConfig(for: view, baseURL: context.baseURL)
        let group = stores.groups.first { $0.id == view.storeGroupId }
        let website = stores.websites.first { $0.id == view.websiteId }
        var object = JSONObject()
        for entry in StoreConfigFields.configured {
            object[entry.field] = StoreConfigFields.value(entry, raw: stores.configValue(entry.path, storeId: view.id))
        }
        object["id"] = .number(String(view.id))
        object["code"] = .string(view.code)
        object["store_code"] = .string(view.code)
        object["store_name"] = .string(view.name)
        object["store_sort_order"] = .number("0")
        object["is_default_store"] = .bool(group?.defaultStoreId == view.id)
        object["store_group_code"] = group.map { .string($0.code) } ?? .null
        object["store_group_name"] = group.map { .string($0.name) } ?? .null
        object["is_default_store_group"] = .bool(website?.defaultGroupId == view.storeGroupId)
        object["website_id"] = .number(String(view.websiteId))
        object["website_code"] = website.map { .string($0.code) } ?? .null
        object["website_name"] = website.map { .string($0.name) } ?? .null
        object["locale"] = .string(rest.locale)
        object["base_currency_code"] = .string(rest.baseCurrencyCode)
        object["default_display_currency_code"] = .string(rest.defaultDisplayCurrencyCode)
        object["timezone"] = .string(rest.timezone)
        object["weight_unit"] = .string(rest.weightUnit)
        object["base_url"] = .string(rest.baseUrl)
        object["base_link_url"] = .string(rest.baseLinkUrl)
        object["base_static_url"] = .string(rest.baseStaticUrl)
        object["base_media_url"] = .string(rest.baseMediaUrl)
        object["secure_base_url"] = .string(rest.secureBaseUrl)
        object["secure_base_link_url"] = .string(rest.secureBaseLinkUrl)
        object["secure_base_static_url"] = .string(rest.secureBaseStaticUrl)
        object["secure_base_media_url"] = .string(rest.secureBaseMediaUrl)
        object["root_category_id"] = group.map { .number(String($0.rootCategoryId)) } ?? .null
        object["root_category_uid"] = group.map { .string(EntityUid.encode($0.rootCategoryId)) } ?? .null
        // Fixed product taxes (WEEE) are not implemented, which Magento reports this way.
        for field in ["category", "product", "sales"] {
            object["\(field)_fixed_product_tax_display_setting"] = .string("FPT_DISABLED")
        }
        object["configurable_product_image"] = .string(
            (stores.configValue("checkout/cart/configurable_product_image", storeId: view.id) ?? "parent").uppercased() == "ITSELF"
                ? "ITSELF" : "PARENT"
        )
        object["grouped_product_image"] = .string(
            (stores.configValue("checkout/cart/grouped_product_image", storeId: view.id) ?? "itself").uppercased() == "PARENT"
                ? "PARENT" : "ITSELF"
        )
        object["order_cancellation_reasons"] = .array([])
        object["send_friend"] = [
            "enabled_for_customers": .bool(stores.configValue("sendfriend/email/enabled", storeId: view.id) == "1"),
            "enabled_for_guests": .bool(stores.configValue("sendfriend/email/allow_guest", storeId: view.id) == "1"),
        ]
        return .object(object)
    }
}
