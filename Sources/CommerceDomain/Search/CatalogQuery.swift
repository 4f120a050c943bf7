import Foundation

/// A storefront catalog search (GraphQL `products`): full text, category membership and
/// attribute conditions, over enabled products of the given visibilities.
public struct CatalogQuery: Sendable, Equatable {
    public enum Condition: Sendable, Equatable {
        /// Any of these values (select options by id, SKUs and url keys case-insensitively).
        case anyOf([String])
        /// The value contains this text, case-insensitively.
        case contains(String)
        /// Numeric bounds, either open.
        case range(from: Decimal?, to: Decimal?)
    }

    /// Search text: each of its words must start a word of the name, SKU or description.
    public var text: String?
    /// Products in any of these categories (callers expand anchors to their descendants).
    public var categoryIds: [Int]?
    /// Attribute code (or `sku`, `name`, `price`, `url_key`) → condition; all must hold.
    public var conditions: [String: Condition]
    /// Magento's visibility values allowed (2 catalog, 3 search, 4 both).
    public var visibility: [Int]
    /// Attribute codes whose values each match reports, for layered navigation.
    public var facets: [String]

    public init(
        text: String? = nil, categoryIds: [Int]? = nil, conditions: [String: Condition] = [:],
        visibility: [Int] = [2, 4], facets: [String] = []
    ) {
        self.text = text
        self.categoryIds = categoryIds
        self.conditions = conditions
        self.visibility = visibility
        self.facets = facets
    }

}

/// One product matching a `CatalogQuery`: what sorting, paging and layered navigation read,
/// without loading the product itself.
public struct CatalogMatch: Sendable, Equatable {
    public var id: Int
    public var sku: String
    public var name: String
    public var price: Decimal
    /// Category id → the product's position in it.
    public var categories: [Int: Int]
    /// Facet attribute code → its raw value (a multiselect's ids comma-separated).
    public var facets: [String: String]
    /// Higher is better: the full-text score (name above SKU above description; 0 without text).
    public var relevance: Double

    public init(id: Int, sku: String, name: String, price: Decimal, categories: [Int: Int], facets: [String: String], relevance: Double) {
        self.id = id
        self.sku = sku
        self.name = name
        self.price = price
        self.categories = categories
        self.facets = facets
        self.relevance = relevance
    }
}
