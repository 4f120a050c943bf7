import CommerceDomain
import MagentoWire

/// Everything a handler may read about one call: who, which store, and the bound input.
public struct EndpointCall: Sendable {
    public let identity: CallerIdentity
    /// The store view the call runs in; the admin view (id 0) for `/rest/all/`.
    public let store: StoreView
    /// True for `/rest/all/…` (global scope writes).
    public let isAllStores: Bool
    /// True when the URL carries a store view code (not `all`, not omitted).
    public let namesStoreView: Bool
    public let pathParameters: [String: String]
    public let query: JSONObject
    /// Body keys, path parameters and query parameters merged (the URL wins a clash), then the
    /// route's forced parameters applied.
    public let parameters: JSONObject
    public let requestId: String
    /// The server's public base URL, ending in `/`.
    public let baseURL: String
    public let stores: StoreDirectory

    /// The catalog scope: the view's values for reads; view-level writes only when the URL names the view.
    public var catalogScope: CatalogScope {
        CatalogScope(storeId: isAllStores ? 0 : store.id, writesToView: namesStoreView)
    }

    /// A path placeholder's decoded value.
    public func pathParameter(_ name: String) -> String {
        pathParameters[name] ?? ""
    }

    /// A required argument, read from its camelCase or snake_case key.
    public func argument<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        guard let value = rawArgument(name), value != .null else {
            throw BindingError.required(fieldName: name)
        }
        return try Self.bind(value, as: T.self)
    }

    /// An optional argument; `nil` when absent or null.
    public func optionalArgument<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T? {
        guard let value = rawArgument(name), value != .null else { return nil }
        return try Self.bind(value, as: T.self)
    }

    /// `searchCriteria` (or `search_criteria`); required. A bare `searchCriteria=` or
    /// `search_criteria=0` is present but carries no criteria, so it means "everything".
    public func searchCriteria() throws -> SearchCriteria {
        guard let value = rawArgument("searchCriteria") else {
            throw BindingError.required(fieldName: "searchCriteria")
        }
        if case .object = value {
            return try Self.bind(value, as: SearchCriteria.self)
        }
        return SearchCriteria()
    }

    func rawArgument(_ name: String) -> JSONValue? {
        parameters[name] ?? parameters[name.snakeCased]
    }

    /// Binds through a one-key wrapper so the argument's own keys count as nested: Magento ignores
    /// unknown top-level arguments but rejects unknown fields inside an argument object.
    static func bind<T: Decodable>(_ value: JSONValue, as type: T.Type) throws -> T {
        let wrapper = JSONValue.object(JSONObject([("value", value)]))
        return try MagentoDecoder().decode(ArgumentBox<T>.self, from: wrapper).value
    }
}

private struct ArgumentBox<T: Decodable>: Decodable {
    let value: T

    enum CodingKeys: String, CodingKey {
        case value
    }
}

extension String {
    /// `searchCriteria` → `search_criteria`.
    var snakeCased: String {
        var result = ""
        for character in self {
            if character.isUppercase {
                result += "_" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}
