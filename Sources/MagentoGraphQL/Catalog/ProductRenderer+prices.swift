import CommerceDomain
import Foundation
import MagentoWire

extension ProductRenderer {
    /// `price_range`, the deprecated `price` and tiers. The final price is the price the cart
    /// charges a guest for one unit on the server's day (`ProductFinalPrice`: an active special
    /// price or a tier from one unit); a configurable's range spans its enabled children, a
    /// bundle's its cheapest and dearest choices. So the listing and the cart agree.
    func addPrices(_ product: Product, related: Related, to object: inout JSONObject) {
        var sources = [product]
        if product.typeId == "configurable" {
            let children = (product.extensionAttributes?.configurableProductLinks ?? []).compactMap { related.children[$0] }
                .filter { $0.status != 2 }
            if !children.isEmpty { sources = children }
        }
        let prices = sources.map { source in
            (regular: source.price ?? 0, final: settings.today.isEmpty
                ? (source.price ?? 0) : ProductFinalPrice.of(source, qty: 1, customerGroupId: 0, date: settings.today))
        }
        var minimum = prices.min { $0.final < $1.final } ?? (0, 0)
        var maximum = prices.max { $0.final < $1.final } ?? (0, 0)
        if product.typeId == "bundle", let range = bundlePriceRange(product, related: related) {
            (minimum, maximum) = range
        }
        object["price_range"] = ["minimum_price": productPrice(minimum), "maximum_price": productPrice(maximum)]
        object["price"] = [
            "minimalPrice": legacyPrice(minimum.final), "maximalPrice": legacyPrice(maximum.final), "regularPrice": legacyPrice(minimum.regular),
        ]
        object["price_tiers"] = .array([])
        object["tier_prices"] = .array([])
        object["tier_price"] = .null
    }

    /// `ProductPrice`: regular and final price, and the discount between them.
    func productPrice(_ price: (regular: Decimal, final: Decimal)) -> JSONValue {
        let off = max(price.regular - price.final, 0)
        var percent = price.regular > 0 ? off / price.regular * 100 : 0
        var rounded = Decimal()
        NSDecimalRound(&rounded, &percent, 2, .plain)
        return [
            "regular_price": settings.money(price.regular), "final_price": settings.money(price.final),
            "discount": ["amount_off": settings.money(off)["value"] ?? 0, "percent_off": .number(NSDecimalNumber(decimal: rounded).stringValue)],
            "fixed_product_taxes": [],
        ]
    }

    func legacyPrice(_ amount: Decimal) -> JSONValue {
        ["amount": settings.money(amount), "adjustments": []]
    }
}
