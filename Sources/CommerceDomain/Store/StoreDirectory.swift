import MagentoWire

/// A snapshot of websites, groups, views and configuration, with Magento's scope fallback
/// (store view → website → default). Loaded once and shared read-only by every request.
public struct StoreDirectory: Sendable {
    public let websites: [Website]
    public let groups: [StoreGroup]
    public let views: [StoreView]
    private let viewsByCode: [String: StoreView]
    private let config: [ConfigKey: String]

    struct ConfigKey: Hashable {
        var scope: ConfigValue.Scope
        var scopeId: Int
        var path: String
    }

    public init(websites: [Website], groups: [StoreGroup], views: [StoreView], config: [ConfigValue]) {
        self.websites = websites
        self.groups = groups
        self.views = views
        self.viewsByCode = Dictionary(views.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.config = Dictionary(
            config.map { (ConfigKey(scope: $0.scope, scopeId: $0.scopeId, path: $0.path), $0.value) },
            uniquingKeysWith: { _, last in last }
        )
    }

    public static func load(from repository: any StoreRepository) async throws -> StoreDirectory {
        StoreDirectory(
            websites: try await repository.websites(),
            groups: try await repository.groups(),
            views: try await repository.views(),
            config: try await repository.configValues()
        )
    }

    /// The store view with this code (case-sensitive, as Magento's path processor).
    public func view(code: String) -> StoreView? {
        viewsByCode[code]
    }

    public func view(id: Int) -> StoreView? {
        views.first { $0.id == id }
    }

    /// The default store view of the default website: what `/rest/V1/…` runs in.
    public var defaultView: StoreView {
        let website = websites.first { $0.id != 0 } ?? websites[0]
        let group = groups.first { $0.id == website.defaultGroupId }
        return group.flatMap { view(id: $0.defaultStoreId) } ?? views.first { $0.id != 0 } ?? views[0]
    }

    /// A setting as seen from a store view: its own value, else its website's, else the default.
    public func configValue(_ path: String, storeId: Int) -> String? {
        if let value = config[ConfigKey(scope: .stores, scopeId: storeId, path: path)] { return value }
        if let websiteId = view(id: storeId)?.websiteId,
           let value = config[ConfigKey(scope: .websites, scopeId: websiteId, path: path)] {
            return value
        }
        return config[ConfigKey(scope: .default, scopeId: 0, path: path)]
    }

    /// `StoreConfigManager::getStoreConfigs`: the given codes, or every view but the admin one.
    public func storeConfigs(codes: [String], baseURL: String) -> [StoreConfig] {
        let selected = codes.isEmpty
            ? views.filter { $0.id != 0 }
            : views.filter { $0.id != 0 && codes.contains($0.code) }
        return selected.map { storeConfig(for: $0, baseURL: baseURL) }
    }

    public func storeConfig(for view: StoreView, baseURL: String) -> StoreConfig {
        func value(_ path: String, _ fallback: String = "") -> String {
            let raw = configValue(path, storeId: view.id) ?? fallback
            return raw.replacingPlaceholder("{{base_url}}", with: baseURL)
        }
        return StoreConfig(
            id: view.id, code: view.code, websiteId: view.websiteId,
            locale: value("general/locale/code", "en_US"),
            baseCurrencyCode: value("currency/options/base", "USD"),
            defaultDisplayCurrencyCode: value("currency/options/default", "USD"),
            timezone: value("general/locale/timezone", "UTC"),
            weightUnit: value("general/locale/weight_unit", "lbs"),
            baseUrl: value("web/unsecure/base_url", baseURL),
            baseLinkUrl: value("web/unsecure/base_link_url", baseURL),
            baseStaticUrl: value("web/unsecure/base_static_url"),
            baseMediaUrl: value("web/unsecure/base_media_url"),
            secureBaseUrl: value("web/secure/base_url", baseURL),
            secureBaseLinkUrl: value("web/secure/base_link_url", baseURL),
            secureBaseStaticUrl: value("web/secure/base_static_url"),
            secureBaseMediaUrl: value("web/secure/base_media_url")
        )
    }
}

extension String {
    fileprivate func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        split(separator: placeholder, omittingEmptySubsequences: false).joined(separator: value)
    }
}
