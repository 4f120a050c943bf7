import Foundation
import MagentoWire

/// MSI's checks for selling a quantity (IsProductSalableForRequestedQty): the quantity rules of
/// the stock item (IsCorrectQty) and enough salable quantity (IsSalableWithReservations). Errors
/// carry MSI's codes, so clients that branch on them keep working.
public enum ProductSalability {
    public static func errors(
        item: StockItem, config: StockConfiguration, salable: Decimal, requested: Decimal
    ) -> [ProductSalabilityError] {
        let settings = StockItemRules.effective(item, config)
        guard settings.manageStock else { return [] }
        var errors: [ProductSalabilityError] = []
        let least = settings.minSaleQty
        let most = settings.maxSaleQty
        if !(item.isQtyDecimal ?? false), requested != requested.rounded() {
            errors.append(.init(code: "is_correct_qty-is_qty_decimal", message: "You cannot use decimal quantity for this product."))
        }
        if least > 0, requested < least {
            errors.append(.init(code: "is_correct_qty-min_sale_qty", message: "The fewest you may purchase is \(text(least))"))
        }
        if most > 0, requested > most {
            errors.append(.init(code: "is_correct_qty-max_sale_qty", message: "The requested qty exceeds the maximum qty allowed in shopping cart"))
        }
        if let increments = settings.qtyIncrements, increments > 0, (requested / increments) != (requested / increments).rounded() {
            errors.append(.init(code: "is_correct_qty-qty_increments", message: "You can buy this product only in quantities of \(text(increments)) at a time."))
        }
        if settings.backorders == 0, requested > salable {
            errors.append(.init(code: "is_salable_with_reservations-not_enough_qty", message: "The requested qty is not available"))
        }
        return errors
    }

    static func text(_ value: Decimal) -> String {
        NSDecimalNumber(decimal: value).stringValue
    }
}

extension Decimal {
    /// Rounded to a whole number, halves away from zero.
    func rounded() -> Decimal {
        var input = self
        var result = Decimal()
        NSDecimalRound(&result, &input, 0, .plain)
        return result
    }
}
