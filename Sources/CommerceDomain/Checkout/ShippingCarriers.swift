import Foundation
import MagentoWire

/// The offline carriers Magpie has: flat rate, free shipping and table rates.
///
/// Config paths are Magento's (`carriers/flatrate/price`, …). Magento keeps table rates in their
/// own table, filled by uploading a CSV in the admin; Magpie keeps that same CSV in
/// `carriers/tablerate/rates` at website scope (`magpie config set … --file`), or, for a quick
/// test, `from:price` pairs (`0:15,50:10,100:0`) that apply to every destination.
public struct CarrierSettings: Sendable, Equatable {
    public var flatRate: FlatRate
    public var freeShipping: FreeShipping
    public var tableRate: TableRate

    public struct FlatRate: Sendable, Equatable {
        public var active = true
        public var title = "Flat Rate"
        public var name = "Fixed"
        /// Per item (`I`) or per order (`O`).
        public var perItem = true
        public var price: Decimal = 5

        public init() {}
    }

    public struct FreeShipping: Sendable, Equatable {
        public var active = true
        public var title = "Free Shipping"
        public var name = "Free"
        /// Offered from this cart value (after discounts) up.
        public var threshold: Decimal = 100

        public init() {}
    }

    public struct TableRate: Sendable, Equatable {
        public enum Condition: String, Sendable {
            case packageValue = "package_value_with_discount"
            case packageQty = "package_qty"
            case packageWeight = "package_weight"
        }

        public var active = false
        public var title = "Best Way"
        public var name = "Table Rate"
        public var condition = Condition.packageValue
        /// Any order; the lookup picks the most specific destination, then the highest `from`.
        public var rates: [TableRateRow] = []

        public init() {}
    }

    public init(flatRate: FlatRate = FlatRate(), freeShipping: FreeShipping = FreeShipping(), tableRate: TableRate = TableRate()) {
        self.flatRate = flatRate
        self.freeShipping = freeShipping
        self.tableRate = tableRate
    }

    init(_ lookup: @escaping (String) -> String?) {
        let config = ConfigReader(lookup: lookup)
        var flat = FlatRate()
        flat.active = config.flag("carriers/flatrate/active", flat.active)
        flat.title = config.text("carriers/flatrate/title", flat.title)
        flat.name = config.text("carriers/flatrate/name", flat.name)
        flat.perItem = config.text("carriers/flatrate/type", "I") != "O"
        flat.price = config.amount("carriers/flatrate/price", flat.price)
        var free = FreeShipping()
        free.active = config.flag("carriers/freeshipping/active", free.active)
        free.title = config.text("carriers/freeshipping/title", free.title)
        free.name = config.text("carriers/freeshipping/name", free.name)
        free.threshold = config.amount("carriers/freeshipping/free_shipping_subtotal", free.threshold)
        var table = TableRate()
        table.active = config.flag("carriers/tablerate/active", table.active)
        table.title = config.text("carriers/tablerate/title", table.title)
        table.name = config.text("carriers/tablerate/name", table.name)
        table.condition = TableRate.Condition(rawValue: config.text("carriers/tablerate/condition_name", "")) ?? .packageValue
        table.rates = Self.parseRates(config.text("carriers/tablerate/rates", ""), condition: table.condition)
        self.init(flatRate: flat, freeShipping: free, tableRate: table)
    }

    /// A table-rate CSV (several lines), else `0:15,50:10` pairs for every destination. A file
    /// that does not parse gives no rows: `magpie config set` refuses such a file before it is
    /// stored, so this only happens to a value written around it.
    static func parseRates(_ text: String, condition: TableRate.Condition) -> [TableRateRow] {
        if text.contains("\n") {
            return (try? TableRates.parse(csv: text, condition: condition)) ?? []
        }
        return text.split(separator: ",").compactMap { pair in
            let parts = pair.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let from = Decimal(string: parts[0]), let price = Decimal(string: parts[1]) else { return nil }
            return TableRateRow(from: from, price: price)
        }
    }
}

/// What the carriers price: the shippable part of the cart.
public struct ShippingPackage: Sendable, Equatable {
    public var qty: Decimal
    /// Subtotal of shippable lines after discounts.
    public var value: Decimal
    public var weight: Decimal
    /// A cart price rule granted free shipping.
    public var freeShipping: Bool
    /// Where it goes; table rates depend on it.
    public var destination: ShippingDestination?

    public init(qty: Decimal, value: Decimal, weight: Decimal, freeShipping: Bool, destination: ShippingDestination? = nil) {
        self.qty = qty
        self.value = value
        self.weight = weight
        self.freeShipping = freeShipping
        self.destination = destination
    }
}

public enum ShippingCarriers {
    /// The methods offered for `package`, in Magento's carrier order (flat rate, free shipping,
    /// table rate). An empty package (virtual cart) gets none. Free shipping from a rule makes
    /// every method cost nothing and always offers the free-shipping carrier when it is active.
    public static func rates(_ settings: CarrierSettings, for package: ShippingPackage) -> [ShippingMethod] {
        guard package.qty > 0 else { return [] }
        var methods: [ShippingMethod] = []
        let flat = settings.flatRate
        if flat.active {
            let amount = flat.perItem ? flat.price * package.qty : flat.price
            methods.append(ShippingMethod(carrierCode: "flatrate", methodCode: "flatrate", carrierTitle: flat.title, methodTitle: flat.name, amount: amount))
        }
        let free = settings.freeShipping
        if free.active, package.freeShipping || package.value >= free.threshold {
            methods.append(ShippingMethod(carrierCode: "freeshipping", methodCode: "freeshipping", carrierTitle: free.title, methodTitle: free.name, amount: 0))
        }
        let table = settings.tableRate
        if table.active, let price = tablePrice(table, package) {
            methods.append(ShippingMethod(carrierCode: "tablerate", methodCode: "bestway", carrierTitle: table.title, methodTitle: table.name, amount: price))
        }
        guard package.freeShipping else { return methods.map(rounded) }
        return methods.map { method in
            var method = method
            method.amount = 0
            return rounded(method)
        }
    }

    /// The price of the row for the package's destination and measure; none when no row applies.
    static func tablePrice(_ table: CarrierSettings.TableRate, _ package: ShippingPackage) -> Decimal? {
        let measure = switch table.condition {
        case .packageValue: package.value
        case .packageQty: package.qty
        case .packageWeight: package.weight
        }
        return TableRates.price(table.rates, destination: package.destination, measure: measure)
    }

    private static func rounded(_ method: ShippingMethod) -> ShippingMethod {
        ShippingMethod(
            carrierCode: method.carrierCode, methodCode: method.methodCode, carrierTitle: method.carrierTitle,
            methodTitle: method.methodTitle, amount: SalesMoney.cents(method.amount)
        )
    }
}
