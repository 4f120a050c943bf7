import CommerceDomain
import Foundation
import HTTPTypes
import MagentoREST
import MagentoWire

/// The `core_config_data` values Magpie reads, by scope, editable. REST has no route for them
/// (Magento sets them in its admin), so this page guards them with Magento's own config
/// resource and writes through the store repository, as `magpie config set` does.
enum ConfigPages {
    static let access = ConsolePage.Access.resources(["Magento_Config::config"])

    static let all = [
        ConsolePage(.get, "/config", access: access) { call in
            let scope = call.query["scope"]
            let (size, page) = call.paging
            // The table holds settings, not data: hundreds of rows at most, read in one query.
            let values = try await call.services.stores.configValues()
                .filter { scope == nil || $0.scope.rawValue == scope }
                .sorted { ($0.path, $0.scope.rawValue, $0.scopeId) < ($1.path, $1.scope.rawValue, $1.scopeId) }
            let shown = values.dropFirst((page - 1) * size).prefix(size).map { value -> [String: Any] in
                ["scope": value.scope.rawValue, "scopeId": String(value.scopeId), "path": value.path, "value": value.value]
            }
            return call.page("config", title: "Configuration", [
                "values": Array(shown), "scope": scope as Any,
                "pager": Pager(page: page, size: size, total: values.count, path: call.prefix + "/config", query: scope.map { "scope=" + $0 } ?? "").values,
            ])
        },
        ConsolePage(.post, "/config", access: access) { call in
            guard let path = call.form["path"], let scope = ConfigValue.Scope(rawValue: call.form["scope"] ?? "default") else {
                return call.redirect("/config", problem: "A path and a scope are required.")
            }
            let scopeId = scope == .default ? 0 : Int(call.form["scope_id"] ?? "") ?? 0
            if call.form["delete"] != nil {
                _ = try await call.services.stores.deleteConfigValue(scope: scope, scopeId: scopeId, path: path)
                return call.redirect("/config", notice: "\(path) removed at \(scope.rawValue) \(scopeId).")
            }
            try await call.services.stores.saveConfigValue(
                ConfigValue(scope: scope, scopeId: scopeId, path: path, value: call.form["value"] ?? "")
            )
            return call.redirect("/config", notice: "\(path) saved; servers read it when they start.")
        },
    ]
}
