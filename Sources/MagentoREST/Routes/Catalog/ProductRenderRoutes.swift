import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// `GET /V1/products-render-info`: products as storefront widgets draw them, for one store view
/// and currency. Only enabled products visible in the catalog or search are listed, as on the
/// storefront; prices are for a shopper who is not signed in, on the clock's day.
public struct ProductRenderRoutes: Sendable {
    let products: any ProductRepository
    let clock: any CommerceClock

    public init(products: any ProductRepository, clock: any CommerceClock) {
        self.products = products
        self.clock = clock
    }

    public var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/products-render-info", access: .anonymous, service: "catalogProductRenderListV1", operation: "getList",
                     summary: "Collect and retrieve the list of product render info",
                     query: [.searchCriteria], returns: SearchResults<ProductRender>.self) { [self] call in
                let criteria = try call.searchCriteria()
                let storeId = try call.argument("storeId", as: Int.self)
                let currency = try call.argument("currencyCode", as: String.self)
                guard storeId != 0, call.stores.view(id: storeId) != nil else {
                    throw CommerceError.notFound(message: "The store that was requested wasn't found. Verify the store and try again.")
                }
                var shown = criteria
                shown.filterGroups += [
                    FilterGroup(filters: [Filter(field: "status", value: "1", conditionType: "eq")]),
                    FilterGroup(filters: [Filter(field: "visibility", value: "2,3,4", conditionType: "in")]),
                ]
                let page = try await products.searchProducts(shown, scope: CatalogScope(storeId: storeId, writesToView: false))
                let renderer = Renderer(
                    stores: call.stores, storeId: storeId, requestedCurrency: currency, baseURL: call.baseURL,
                    today: String(MagentoTimestamp.string(from: clock.now()).prefix(10))
                )
                return SearchResults(items: page.items.map(renderer.render), searchCriteria: criteria.echoed, totalCount: page.totalCount)
            },
        ]
    }

    struct Renderer {
        let storeId: Int
        let baseURL: String
        let today: String
        let currencyCode: String
        let symbol: String
        let rate: Decimal
        let urlSuffix: String
        let formatter: NumberFormatter

        init(stores: StoreDirectory, storeId: Int, requestedCurrency: String, baseURL: String, today: String) {
            self.storeId = storeId
            self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
            self.today = today
            let info = stores.currencyInformation(storeId: storeId)
            // A currency the store has no rate for is answered in the base currency, as Magento
            // falls back to the store's default.
            if let entry = info.rates.first(where: { $0.code == requestedCurrency }), let rate = Decimal(string: entry.rate) {
                currencyCode = requestedCurrency
                self.rate = rate
            } else {
                currencyCode = info.baseCode
                rate = 1
            }
            symbol = Locale(identifier: "en_US@currency=\(currencyCode)").currencySymbol ?? currencyCode
            urlSuffix = stores.configValue("catalog/seo/product_url_suffix", storeId: storeId) ?? ".html"
            // One formatter for the page: building one per price was seven per product.
            formatter = NumberFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.minimumFractionDigits = 2
            formatter.maximumFractionDigits = 2
            formatter.minimumIntegerDigits = 1
            formatter.groupingSeparator = ","
            formatter.usesGroupingSeparator = true
            formatter.groupingSize = 3
        }

        func render(_ product: Product) -> ProductRender {
            let id = product.id ?? 0
            let regular = convert(product.price ?? 0)
            let final = convert(ProductFinalPrice.of(product, qty: 1, customerGroupId: 0, date: today))
            let special = ProductFinalPrice.activeSpecialPrice(product, date: today).map(convert)
            let prices = ProductRender.PriceInfo(
                finalPrice: final, maxPrice: final, maxRegularPrice: regular, minimalRegularPrice: regular,
                specialPrice: special, minimalPrice: final, regularPrice: regular,
                formattedPrices: .init(
                    finalPrice: format(final), maxPrice: format(final), minimalPrice: format(final), maxRegularPrice: format(regular),
                    minimalRegularPrice: format(regular), specialPrice: special.map(format) ?? "", regularPrice: format(regular)
                )
            )
            let cart = "\(baseURL)checkout/cart/add/product/\(id)/"
            let compare = "\(baseURL)catalog/product_compare/add/"
            let salable = (product.status ?? 1) == 1 && (product.extensionAttributes?.stockItem?.isInStock ?? true)
            return ProductRender(
                addToCartButton: .init(postData: postData(cart, id), url: cart, requiredOptions: needsOptions(product)),
                addToCompareButton: .init(postData: postData(compare, id), url: compare, requiredOptions: false),
                priceInfo: prices, images: images(product),
                url: "\(baseURL)\(product.customAttributeText("url_key") ?? String(id))\(urlSuffix)",
                id: id, name: product.name ?? "", type: product.typeId ?? "simple",
                // PHP's bool-to-string, as Magento hydrates this string field.
                isSalable: salable ? "1" : "", storeId: storeId, currencyCode: currencyCode
            )
        }

        func convert(_ amount: Decimal) -> Decimal {
            SalesMoney.cents(amount * rate)
        }

        func format(_ amount: Decimal) -> String {
            let text = formatter.string(from: NSDecimalNumber(decimal: amount)) ?? "\(amount)"
            return "<span class=\"price\">\(symbol)\(text)</span>"
        }

        func postData(_ action: String, _ id: Int) -> String {
            JSONValue.object(JSONObject([
                ("action", .string(action)), ("data", .object(JSONObject([("product", .string(String(id))), ("uenc", .string(""))]))),
            ])).jsonString
        }

        /// Whether the shopper must choose something first: a variant, bundle choices, grouped
        /// quantities, links sold separately, or a required customizable option.
        func needsOptions(_ product: Product) -> Bool {
            if ["configurable", "bundle", "grouped"].contains(product.typeId ?? "") { return true }
            if product.typeId == "downloadable", DownloadableRules.linksPurchasedSeparately(product) { return true }
            return (product.options ?? []).contains { $0.isRequire == true }
        }

        func images(_ product: Product) -> [ProductRender.Image] {
            (product.mediaGalleryEntries ?? []).filter { $0.disabled != true && $0.file != nil }.flatMap { entry in
                let roles = (entry.types ?? []).isEmpty ? ["image"] : (entry.types ?? [])
                return roles.map { role in
                    ProductRender.Image(url: "\(baseURL)media/catalog/product\(entry.file ?? "")", code: role, label: entry.label ?? product.name ?? "")
                }
            }
        }
    }
}
