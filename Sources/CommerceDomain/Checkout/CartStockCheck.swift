import Foundation
import MagentoWire

/// Magento's add-to-cart stock checks (StockStateProvider): in stock, sale quantity limits, and
/// enough quantity above `min_qty` unless backorders are allowed.
enum CartStockCheck {
    static func check(_ product: Product, qty: Decimal, config: StockConfiguration) throws {
        guard let item = product.extensionAttributes?.stockItem else { return }
        let settings = StockItemRules.effective(item, config)
        guard settings.manageStock else { return }
        guard item.isInStock ?? false else { throw CheckoutMessages.outOfStock }
        let least = settings.minSaleQty
        let most = settings.maxSaleQty
        if least > 0, qty < least { throw CheckoutMessages.fewestAllowed("\(least)") }
        if most > 0, qty > most { throw CheckoutMessages.mostAllowed("\(most)") }
        let tracksQuantity = ["simple", "virtual", "downloadable"].contains(product.typeId ?? "simple")
        if tracksQuantity, settings.backorders == 0, (item.qty ?? 0) - settings.minQty < qty {
            throw CheckoutMessages.qtyNotAvailable
        }
    }
}
