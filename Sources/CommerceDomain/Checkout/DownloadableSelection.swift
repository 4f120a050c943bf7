import Foundation
import MagentoWire

/// The links a downloadable cart line buys
/// (`product_option.extension_attributes.downloadable_option.downloadable_links[ids]`). With
/// `links_purchased_separately` the shopper picks them and each adds its price; otherwise the
/// product's price buys every link.
public enum DownloadableSelection {
    static let linksMissing = CommerceError.invalidInput(message: "Please specify product link(s).")

    /// The link ids the line names.
    public static func choices(_ productOption: JSONValue?) -> [Int] {
        let links = productOption?["extension_attributes"]?["downloadable_option"]?["downloadable_links"]?.arrayValue ?? []
        return links.compactMap { ($0.numberText ?? $0.stringValue).flatMap { Int($0) } }
    }

    /// The ids the line buys, checked: picked ones when sold separately (at least one, each the
    /// product's), every link otherwise.
    static func links(of product: Product, choices: [Int]) throws -> [Int] {
        let known = (product.extensionAttributes?.downloadableProductLinks ?? []).compactMap(\.id)
        guard DownloadableRules.linksPurchasedSeparately(product) else { return known }
        let picked = choices.filter(known.contains)
        guard !picked.isEmpty, picked.count == Set(choices).count else { throw linksMissing }
        return Array(Set(picked)).sorted()
    }

    /// The `product_option` stored on the line and carried onto the order item.
    static func option(_ ids: [Int]) -> JSONValue {
        ["extension_attributes": ["downloadable_option": ["downloadable_links": .array(ids.map { .number(String($0)) })]]]
    }

    /// What the picked links add to one unit (nothing when the links are not sold separately).
    static func surcharge(_ product: Product?, productOption: JSONValue?) -> Decimal {
        guard let product, product.typeId == "downloadable", DownloadableRules.linksPurchasedSeparately(product) else { return 0 }
        let picked = Set(choices(productOption))
        return (product.extensionAttributes?.downloadableProductLinks ?? [])
            .filter { picked.contains($0.id ?? -1) }.reduce(Decimal(0)) { $0 + ($1.price ?? 0) }
    }
}
