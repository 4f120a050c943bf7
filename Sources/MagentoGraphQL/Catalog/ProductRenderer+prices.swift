import Foundation
import MagentoWire

extension ProductRenderer {
    /// `price_range`, the deprecated `price` and tiers. The final price is the price the cart
    /// charges (the product's price; a configurable's range spans its enabled children), so the
    /// listing and the cart never disagree.
    func addPrices(_ product: Product, related: Related, to object: inout JSONObject) {
        var prices = [product.price ?? 0]
        if product.typeId == "configurable" {
            let children = (product.extensionAttributes?.configurableProductLinks ?? []).compactMap { related.children[$0] }
                .filter { $0.status != 2 }
            if !children.isEmpty { prices = children.map { $0.price ?? 0 } }
        }
        let minimum = prices.min() ?? 0
        let maximum = prices.max() ?? 0
        object["price_range"] = ["minimum_price": productPrice(minimum), "maximum_price": productPrice(maximum)]
        object["price"] = [
            "minimalPrice": legacyPrice(minimum), "maximalPrice": legacyPrice(maximum), "regularPrice": legacyPrice(minimum),
        ]
        object["price_tiers"] = .array([])
        object["tier_prices"] = .array([])
        object["tier_price"] = .null
    }

    func productPrice(_ amount: Decimal) -> JSONValue {
        [
            "regular_price": settings.money(amount), "final_price": settings.money(amount),
            "discount": ["amount_off": 0, "percent_off": 0], "fixed_product_taxes": [],
        ]
    }

    func legacyPrice(_ amount: Decimal) -> JSONValue {
        ["amount": settings.money(amount), "adjustments": []]
    }
}
