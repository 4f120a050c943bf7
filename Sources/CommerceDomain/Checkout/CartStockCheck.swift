import Foundation
import MagentoWire

/// Magento's add-to-cart stock checks (StockStateProvider): in stock, sale quantity limits, and
/// enough quantity above `min_qty` unless backorders are allowed.
enum CartStockCheck {
    /// `salable`, when given (reservations on), is MSI's salable quantity, already net of the
    /// threshold and of what placed orders reserve; it replaces the stock item's quantity.
    static func check(_ product: Product, qty: Decimal, config: StockConfiguration, salable: Decimal? = nil) throws {
        guard let item = product.extensionAttributes?.stockItem else { return }
        let settings = StockItemRules.effective(item, config)
        guard settings.manageStock else { return }
        guard item.isInStock ?? false else { throw CheckoutMessages.outOfStock }
        let least = settings.minSaleQty
        let most = settings.maxSaleQty
        if least > 0, qty < least { throw CheckoutMessages.fewestAllowed("\(least)") }
        if most > 0, qty > most { throw CheckoutMessages.mostAllowed("\(most)") }
        if tracksQuantity(product), settings.backorders == 0, (salable ?? ((item.qty ?? 0) - settings.minQty)) < qty {
            throw CheckoutMessages.qtyNotAvailable
        }
    }

    static func tracksQuantity(_ product: Product) -> Bool {
        ["simple", "virtual", "downloadable"].contains(product.typeId ?? "simple")
    }
}
