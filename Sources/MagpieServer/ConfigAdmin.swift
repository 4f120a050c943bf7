import CommerceDomain
import CommerceStorage
import Logging
import MagentoWire

/// `magpie config …`: store configuration (`core_config_data`) straight on the database. Magento
/// sets these in its admin, which Magpie does not have; servers read them when they start.
public enum ConfigAdmin {
    /// What a `set` stored, for the command to report.
    public struct Saved: Sendable {
        public var value: ConfigValue
        /// Table-rate rows in the stored file, when the value is a table-rate file.
        public var tableRateRows: Int?
    }

    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// Checks the scope exists and, for a table-rate file, every row (as Magento's import does,
    /// refusing the whole file on any bad row), then stores the value. Scopes are named as in
    /// `bin/magento config:set`: `default`, or `websites`/`stores` with a website or store code.
    public static func set(
        _ configuration: ServerConfiguration, scope: ConfigValue.Scope, scopeCode: String?, path: String, value: String, logger: Logger
    ) async throws -> Saved {
        try await AdminStorage.with(configuration, logger: logger) { storage in
            let directory = try await StoreDirectory.load(from: storage.stores)
            let target = try resolve(scope, code: scopeCode, in: directory)
            var rows: Int?
            if path == "carriers/tablerate/rates", value.contains("\n") {
                let condition = CarrierSettings.TableRate.Condition(
                    rawValue: directory.configValue("carriers/tablerate/condition_name", storeId: target.viewId) ?? ""
                ) ?? .packageValue
                do {
                    rows = try TableRates.parse(csv: value, condition: condition).count
                } catch {
                    throw Problem(description: "We couldn't import this file because of these errors:\n\(error)")
                }
            }
            let saved = ConfigValue(scope: scope, scopeId: target.scopeId, path: path, value: value)
            try await storage.stores.saveConfigValue(saved)
            return Saved(value: saved, tableRateRows: rows)
        }
    }

    /// Removes the value at one scope; false when there was none.
    public static func unset(
        _ configuration: ServerConfiguration, scope: ConfigValue.Scope, scopeCode: String?, path: String, logger: Logger
    ) async throws -> Bool {
        try await AdminStorage.with(configuration, logger: logger) { storage in
            let target = try resolve(scope, code: scopeCode, in: try await StoreDirectory.load(from: storage.stores))
            return try await storage.stores.deleteConfigValue(scope: scope, scopeId: target.scopeId, path: path)
        }
    }

    /// Every stored value whose path starts with `prefix`, in storage order.
    public static func list(_ configuration: ServerConfiguration, prefix: String, logger: Logger) async throws -> [ConfigValue] {
        try await AdminStorage.with(configuration, logger: logger) { storage in
            try await storage.stores.configValues().filter { $0.path.hasPrefix(prefix) }
        }
    }

    /// The scope id for a code, and a store view the scope covers (to read the settings a value
    /// is checked against).
    static func resolve(
        _ scope: ConfigValue.Scope, code: String?, in directory: StoreDirectory
    ) throws -> (scopeId: Int, viewId: Int) {
        switch scope {
        case .default:
            guard code == nil || code == "" else { throw Problem(description: "The default scope does not take a scope code.") }
            return (0, 0)
        case .websites:
            guard let code, let website = directory.websites.first(where: { $0.code == code }) else {
                throw Problem(description: "The \"\(code ?? "")\" value doesn't exist. Enter another value.")
            }
            return (website.id, directory.views.first { $0.websiteId == website.id }?.id ?? 0)
        case .stores:
            guard let code, let view = directory.view(code: code) else {
                throw Problem(description: "The \"\(code ?? "")\" value doesn't exist. Enter another value.")
            }
            return (view.id, view.id)
        }
    }
}
