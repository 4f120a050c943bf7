import Foundation
import MagentoWire

extension CheckoutService {
    /// The add-to-cart stock checks; with reservations on, the quantity checked against is the
    /// salable quantity of the store's stock (MSI's IsProductSalableForRequestedQty), so what
    /// placed orders reserve is no longer offered to the next cart.
    func checkStock(_ product: Product, qty: Decimal, storeId: Int) async throws {
        let config = stock()
        var salable: Decimal?
        if config.reservations, let registry, let sku = product.sku, CartStockCheck.tracksQuantity(product) {
            salable = try await registry.salableQuantity(sku: sku, storeId: storeId, config: config)
        }
        try CartStockCheck.check(product, qty: qty, config: config, salable: salable)
    }
}
