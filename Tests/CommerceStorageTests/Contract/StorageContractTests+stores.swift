import CommerceDomain
import CommerceStorage
import MagentoWire
import Testing

extension StorageContractTests {
    @Test("A new database has Magento's admin and base websites", arguments: TestEngine.all)
    func baseWebsites(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            #expect(try await storage.stores.websites() == [
                Website(id: 0, code: "admin", name: "Admin", defaultGroupId: 0),
                Website(id: 1, code: "base", name: "Main Website", defaultGroupId: 1),
            ])
        }
    }

    @Test("A new database has Magento's default store groups", arguments: TestEngine.all)
    func baseGroups(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            #expect(try await storage.stores.groups() == [
                StoreGroup(id: 0, websiteId: 0, rootCategoryId: 0, defaultStoreId: 0, name: "Default", code: "default"),
                StoreGroup(id: 1, websiteId: 1, rootCategoryId: 2, defaultStoreId: 1, name: "Main Website Store", code: "main_website_store"),
            ])
        }
    }

    @Test("A new database has the admin and default store views", arguments: TestEngine.all)
    func baseViews(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            #expect(try await storage.stores.views() == [
                StoreView(id: 0, code: "admin", name: "Admin", websiteId: 0, storeGroupId: 0, isActive: 1),
                StoreView(id: 1, code: "default", name: "Default Store View", websiteId: 1, storeGroupId: 1, isActive: 1),
            ])
        }
    }

    @Test("A new database has default-scope locale, currency and URL settings", arguments: TestEngine.all)
    func baseConfig(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let config = try await storage.stores.configValues()
            let byPath = Dictionary(uniqueKeysWithValues: config.map { ($0.path, $0.value) })
            #expect(config.allSatisfy { $0.scope == .default && $0.scopeId == 0 })
            #expect(config.count == 14)
            #expect(byPath["general/locale/code"] == "en_US")
            #expect(byPath["general/locale/timezone"] == "UTC")
            #expect(byPath["general/locale/weight_unit"] == "lbs")
            #expect(byPath["currency/options/base"] == "USD")
            #expect(byPath["currency/options/default"] == "USD")
            #expect(byPath["currency/options/allow"] == "USD")
            #expect(byPath["web/unsecure/base_url"] == "{{base_url}}")
            #expect(byPath["web/secure/base_link_url"] == "{{base_url}}")
            #expect(byPath["web/secure/base_static_url"] == "{{base_url}}static/")
            #expect(byPath["web/unsecure/base_media_url"] == "{{base_url}}media/")
        }
    }

    @Test("Seeding demo stores adds the French view, its config and one event", arguments: TestEngine.all)
    func seedingDemoStores(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            try await storage.seedDemoStores()
            #expect(try await storage.stores.views().last
                == StoreView(id: 2, code: "fr", name: "French Store View", websiteId: 1, storeGroupId: 1, isActive: 1))
            let config = try await storage.stores.configValues()
            #expect(config.contains(ConfigValue(scope: .stores, scopeId: 2, path: "general/locale/code", value: "fr_FR")))
            #expect(config.contains(ConfigValue(scope: .stores, scopeId: 2, path: "currency/options/default", value: "EUR")))
            #expect(config.contains(ConfigValue(scope: .default, scopeId: 0, path: "currency/options/allow", value: "USD,EUR")))
            let events = try await storage.events.events(after: 0, limit: 10)
            #expect(events.map(\.event.type) == ["store.created"])
            #expect(events.first?.event.entityId == "2")
        }
    }

    @Test("Seeding demo stores twice changes nothing the second time", arguments: TestEngine.all)
    func seedingDemoStoresTwice(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            try await storage.seedDemoStores()
            let config = try await storage.stores.configValues()
            try await storage.seedDemoStores()
            #expect(try await storage.stores.views().count == 3)
            #expect(try await storage.stores.configValues() == config)
            #expect(try await storage.events.events(after: 0, limit: 10).count == 1)
        }
    }

    @Test("A config value is set, replaced and removed at one scope without touching the others", arguments: TestEngine.all)
    func savingConfigValues(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let path = "carriers/tablerate/rates"
            let file = "Country,Region/State,Zip/Postal Code,Order Subtotal (and above),Shipping Price\nUS,*,*,0,5\n"
            try await storage.stores.saveConfigValue(ConfigValue(scope: .websites, scopeId: 1, path: path, value: "0:9"))
            try await storage.stores.saveConfigValue(ConfigValue(scope: .default, scopeId: 0, path: path, value: "0:7"))
            try await storage.stores.saveConfigValue(ConfigValue(scope: .websites, scopeId: 1, path: path, value: file))
            let rows = try await storage.stores.configValues().filter { $0.path == path }
            #expect(rows == [
                ConfigValue(scope: .websites, scopeId: 1, path: path, value: file),
                ConfigValue(scope: .default, scopeId: 0, path: path, value: "0:7"),
            ])
            #expect(try await storage.stores.deleteConfigValue(scope: .websites, scopeId: 1, path: path))
            #expect(try await !storage.stores.deleteConfigValue(scope: .websites, scopeId: 1, path: path))
            #expect(try await storage.stores.configValues().filter { $0.path == path }
                == [ConfigValue(scope: .default, scopeId: 0, path: path, value: "0:7")])
        }
    }
}
