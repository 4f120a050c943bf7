import CommerceDomain
import MagentoWire
import Testing

@Suite("Store directory and configuration fallback")
struct StoreDirectoryTests {
    let directory = StoreDirectory(
        websites: [
            Website(id: 0, code: "admin", name: "Admin", defaultGroupId: 0),
            Website(id: 1, code: "base", name: "Main Website", defaultGroupId: 1),
        ],
        groups: [
            StoreGroup(id: 0, websiteId: 0, rootCategoryId: 0, defaultStoreId: 0, name: "Default", code: "default"),
            StoreGroup(id: 1, websiteId: 1, rootCategoryId: 2, defaultStoreId: 1, name: "Main", code: "main"),
        ],
        views: [
            StoreView(id: 0, code: "admin", name: "Admin", websiteId: 0, storeGroupId: 0, isActive: 1),
            StoreView(id: 1, code: "default", name: "Default", websiteId: 1, storeGroupId: 1, isActive: 1),
            StoreView(id: 2, code: "fr", name: "French", websiteId: 1, storeGroupId: 1, isActive: 1),
        ],
        config: [
            ConfigValue(scope: .default, scopeId: 0, path: "general/locale/code", value: "en_US"),
            ConfigValue(scope: .websites, scopeId: 1, path: "currency/options/default", value: "GBP"),
            ConfigValue(scope: .stores, scopeId: 2, path: "general/locale/code", value: "fr_FR"),
            ConfigValue(scope: .default, scopeId: 0, path: "web/unsecure/base_url", value: "{{base_url}}"),
        ]
    )

    @Test("a store view's own value wins over its website's and the default")
    func storeScopeWins() {
        #expect(directory.configValue("general/locale/code", storeId: 2) == "fr_FR")
        #expect(directory.configValue("general/locale/code", storeId: 1) == "en_US")
    }

    @Test("a website value applies to every view of that website")
    func websiteScope() {
        #expect(directory.configValue("currency/options/default", storeId: 2) == "GBP")
        #expect(directory.configValue("currency/options/default", storeId: 0) == nil)
    }

    @Test("the default view is the default group's default store of the first real website")
    func defaultView() {
        #expect(directory.defaultView.code == "default")
    }

    @Test("store configs skip the admin view and fill in the base URL")
    func storeConfigs() {
        let configs = directory.storeConfigs(codes: [], baseURL: "http://shop.test/")
        #expect(configs.map(\.code) == ["default", "fr"])
        #expect(configs[0].baseUrl == "http://shop.test/")
        #expect(directory.storeConfigs(codes: ["admin", "fr"], baseURL: "x").map(\.code) == ["fr"])
    }

    @Test("country names come from the locale, regions from Magento's table")
    func countries() {
        let countries = CountryDirectory()
        #expect(countries.country(id: "ca", locale: "fr_FR")?.nameInLocale == "Canada")
        #expect(countries.country(id: "CA", locale: "en_US")?.regions.first?.id == 66)
        #expect(countries.country(id: "US", locale: "en_US")?.regions.count == 65)
        #expect(countries.country(id: "ZZ", locale: "en_US") == nil)
    }
}
