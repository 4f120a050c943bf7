import CommerceDomain
import Foundation
import MagentoWire

/// How the cart shows the products of its lines: `ProductInterface` objects for `product` and
/// `configured_variant`, and the labels of configurable choices.
public struct CartProducts: Sendable {
    let attributes: any ProductAttributeRepository

    public init(attributes: any ProductAttributeRepository) {
        self.attributes = attributes
    }

    /// The product as a `ProductInterface` object, concrete type named in `__typename`.
    func json(_ product: Product, _ look: Lookahead) async throws -> JSONValue {
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
