import MagentoWire

extension MagentoClient {
    /// Any `*SearchResultsInterface` list route: `search(["products"], criteria)`.
    public func search<Item: Codable & Sendable>(
        _ segments: [String], _ criteria: SearchCriteria = SearchCriteria(), as type: Item.Type = Item.self
    ) async throws -> SearchResults<Item> {
        try await send(MagentoRequest<SearchResults<Item>>(.get, segments, query: criteria.queryItems))
    }

    /// A list route read as raw JSON, numbers kept exact: for entities the SDK has no model for
    /// (orders, invoices, …) or fields it does not know.
    public func searchJSON(_ segments: [String], _ criteria: SearchCriteria = SearchCriteria()) async throws -> SearchResults<JSONValue> {
        try await send(MagentoRequest<SearchResults<JSONValue>>(.get, segments, query: criteria.queryItems) { bytes in
            let value: JSONValue
            do { value = try JSONValue.parse(bytes) } catch {
                throw MagentoClientError.decoding("not JSON: \(error)")
            }
            guard let items = value["items"]?.arrayValue ?? (value["items"]?.isNull == true ? [] : nil),
                  let total = value["total_count"]?.numberText.flatMap({ Int($0) }) else {
                throw MagentoClientError.decoding("not a search result: \(String(decoding: bytes.prefix(200), as: UTF8.self))")
            }
            return SearchResults(items: items, searchCriteria: criteria, totalCount: total)
        })
    }

    /// Offset pages of any list route (stops on `total_count`).
    public func pages<Item: Codable & Sendable>(
        _ segments: [String], _ criteria: SearchCriteria = SearchCriteria(), pageSize: Int? = nil, as type: Item.Type = Item.self
    ) -> OffsetPages<Item> {
        OffsetPages(criteria: criteria, pageSize: pageSize ?? configuration.maximumPageSize) { criteria in
            try await search(segments, criteria)
        }
    }

    /// Keyset pages of any list route on `entity_id`, `key` reading an item's id.
    public func keysetPages<Item: Codable & Sendable>(
        _ segments: [String], _ criteria: SearchCriteria = SearchCriteria(), pageSize: Int? = nil,
        key: @escaping @Sendable (Item) -> Int?
    ) -> KeysetPages<Item> {
        KeysetPages(criteria: criteria, keyField: "entity_id", pageSize: pageSize ?? configuration.maximumPageSize, key: key) { criteria in
            try await search(segments, criteria)
        }
    }

    /// Offset pages of a list route as raw JSON.
    public func jsonPages(_ segments: [String], _ criteria: SearchCriteria = SearchCriteria(), pageSize: Int? = nil) -> OffsetPages<JSONValue> {
        OffsetPages(criteria: criteria, pageSize: pageSize ?? configuration.maximumPageSize) { criteria in
            try await searchJSON(segments, criteria)
        }
    }
}

/// Answers whose body does not matter (MSI's void saves answer `[]` or nothing).
enum IgnoredBody {
    static let decode: @Sendable ([UInt8]) throws -> Void = { _ in }
}
