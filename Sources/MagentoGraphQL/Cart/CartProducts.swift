import CommerceDomain
import Foundation
import MagentoWire

/// How the cart shows the products of its lines: `ProductInterface` objects for `product` and
/// `configured_variant`, and the labels of configurable choices.
///
/// With the catalog's ports, a line's product is the catalog's full rendering (prices, images,
/// stock, configurable options and variants), prepared for all lines at once: the children of
/// configurable products in one read, axis attributes once each. Without them (a cart area
/// composed alone), the product's identity fields.
public struct CartProducts: Sendable {
    let attributes: any ProductAttributeRepository
    let catalog: CatalogPorts?
    /// The request the products are shown for (set by `shown(for:)`).
    var context: GraphQLContext?

    public init(attributes: any ProductAttributeRepository, catalog: CatalogPorts? = nil) {
        self.attributes = attributes
        self.catalog = catalog
    }

    /// These products as shown to one request (its store view, currency and settings).
    public func shown(for context: GraphQLContext) -> CartProducts {
        var copy = self
        copy.context = context
        return copy
    }

    /// The catalog renderer and what it needs for `products` (all lines' products and variants).
    struct Rendering {
        let renderer: ProductRenderer
        let related: ProductRenderer.Related
    }

    func rendering(_ products: [Product], look: Lookahead) async throws -> Rendering? {
        guard let catalog, let context else { return nil }
        let settings = CatalogSettings(context)
        var seen: Set<Int> = []
        let distinct = products.filter { seen.insert($0.id ?? 0).inserted }
        let index = look.selects("categories") ? try await catalog.categoryIndex(context, settings: settings) : nil
        let listing = ProductListing(ports: catalog, fields: [:], filterable: [])
        let (renderer, related) = try await listing.renderer(for: distinct, look: look, index: index, settings: settings, context: context)
        return Rendering(renderer: renderer, related: related)
    }

    /// The product as a `ProductInterface` object: the catalog's rendering when prepared.
    func json(_ product: Product, _ rendering: Rendering?) -> JSONValue {
        if let rendering { return rendering.renderer.json(product, related: rendering.related) }
        return identity(product)
    }

    /// The product's identity fields, concrete type named in `__typename`.
    func identity(_ product: Product) -> JSONValue {
        let type: String = switch product.typeId ?? "simple" {
        case "configurable": "ConfigurableProduct"
        case "virtual": "VirtualProduct"
        case "downloadable": "DownloadableProduct"
        case "grouped": "GroupedProduct"
        case "bundle": "BundleProduct"
        default: "SimpleProduct"
        }
        let urlKey = CartLineOptions.attribute("url_key", of: product)
        return .object(JSONObject([
            ("__typename", .string(type)),
            ("uid", .string(CartUID.encode(String(product.id ?? 0)))),
            ("id", .number(String(product.id ?? 0))),
            ("sku", .string(product.sku ?? "")),
            ("name", product.name.map(JSONValue.string) ?? .null),
            ("url_key", urlKey.map(JSONValue.string) ?? .null),
            ("type_id", .string(product.typeId ?? "simple")),
            ("stock_status", .string((product.extensionAttributes?.stockItem?.isInStock ?? true) ? "IN_STOCK" : "OUT_OF_STOCK")),
        ]))
    }

    /// Attribute id → value index → label, for the configurable attributes of `parents`: one
    /// read per distinct attribute, however many lines use it.
    func optionLabels(_ parents: [Product]) async throws -> [Int: [String: String]] {
        let ids = Set(parents.flatMap { $0.extensionAttributes?.configurableProductOptions ?? [] }.compactMap { $0.attributeId.flatMap(Int.init) })
        guard !ids.isEmpty else { return [:] }
        let codes = Dictionary(try await attributes.definitions().values.map { ($0.id, $0.code) }) { first, _ in first }
        var labels: [Int: [String: String]] = [:]
        for id in ids.sorted() {
            guard let code = codes[id] else { continue }
            var values: [String: String] = [:]
            for option in try await attributes.options(code: code) {
                if let value = option.value, !value.isEmpty { values[value] = option.label ?? value }
            }
            labels[id] = values
        }
        return labels
    }
}
