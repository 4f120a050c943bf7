/// Body of `POST /V1/inventory/stock-source-links` and `…/stock-source-links-delete`:
/// `{"links": [{stock_id, source_code, priority}]}`.
public struct StockSourceLinksRequest: Codable, Sendable, Equatable {
    public var links: [StockSourceLink]

    public init(links: [StockSourceLink]) {
        self.links = links
    }

    enum CodingKeys: String, CodingKey {
        case links
    }
}
