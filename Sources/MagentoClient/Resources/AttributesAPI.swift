import MagentoWire

extension MagentoClient {
    /// `/V1/products/attributes…`
    public var attributes: AttributesAPI { AttributesAPI(client: self) }
}

/// Product attributes and their options.
public struct AttributesAPI: Sendable {
    let client: MagentoClient

    public func list(_ criteria: SearchCriteria = SearchCriteria()) async throws -> SearchResults<ProductAttribute> {
        try await client.search(["products", "attributes"], criteria)
    }

    public func get(_ code: String) async throws -> ProductAttribute {
        try await client.send(MagentoRequest<ProductAttribute>(.get, ["products", "attributes", code]))
    }

    public func options(_ code: String) async throws -> [AttributeOption] {
        try await client.send(MagentoRequest<[AttributeOption]>(.get, ["products", "attributes", code, "options"]))
    }

    /// Adds an option; answers Magento's new option id (as `id_<n>` text on some versions).
    public func addOption(_ code: String, _ option: AttributeOption) async throws -> String {
        try await client.send(MagentoRequest<String>(.post, ["products", "attributes", code, "options"], object: [("option", option)]))
    }
}
