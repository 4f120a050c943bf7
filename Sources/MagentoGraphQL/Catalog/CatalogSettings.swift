import CommerceDomain
import Foundation
import MagentoWire

/// What rendering catalog objects reads from the request's store view: URL suffixes, the media
/// base and the display currency with its rate from the base currency.
struct CatalogSettings: Sendable {
    var productSuffix: String
    var categorySuffix: String
    /// `…/media/catalog/product`, no trailing slash.
    var productMediaURL: String
    var mediaURL: String
    var currency: String
    var rate: Decimal
    var storeId: Int
    /// The day prices are for (empty: regular prices only).
    var today: String

    init(_ context: GraphQLContext) {
        productSuffix = context.config("catalog/seo/product_url_suffix") ?? ".html"
        categorySuffix = context.config("catalog/seo/category_url_suffix") ?? ".html"
        let rest = context.stores.storeConfig(for: context.store, baseURL: context.baseURL)
        var media = rest.baseMediaUrl.isEmpty ? context.baseURL + "media/" : rest.baseMediaUrl
        if !media.hasSuffix("/") { media += "/" }
        mediaURL = media
        productMediaURL = media + "catalog/product"
        currency = context.currency
        let info = context.stores.currencyInformation(storeId: context.store.id)
        rate = info.rates.first { $0.code == context.currency }.flatMap { Decimal(string: $0.rate) } ?? 1
        storeId = context.store.id
        today = context.today
    }

    var scope: CatalogScope { CatalogScope(storeId: storeId, writesToView: false) }

    /// `Money`: the amount in the display currency (Magento converts with the configured rate).
    func money(_ amount: Decimal) -> JSONValue {
        var converted = amount * rate
        var rounded = Decimal()
        NSDecimalRound(&rounded, &converted, 2, .plain)
        return ["currency": .string(currency), "value": .number(NSDecimalNumber(decimal: rounded).stringValue)]
    }

    /// A gallery file (`/a/b/ab.jpg`) as a URL.
    func imageURL(_ file: String?) -> String {
        guard let file, !file.isEmpty else { return productMediaURL + "/placeholder/default/image.jpg" }
        return productMediaURL + (file.hasPrefix("/") ? file : "/" + file)
    }
}
