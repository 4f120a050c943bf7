import Foundation
import MagentoWire

/// The offline carriers Magpie has: flat rate, free shipping and table rates.
///
/// Config paths are Magento's (`carriers/flatrate/price`, …). Table rates are configured in
/// `carriers/tablerate/rates` as `from:price` pairs (`0:15,50:10,100:0`) instead of Magento's
/// uploaded CSV, with no destination columns.
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
        /// (from, price), any order.
        public var rates: [(from: Decimal, price: Decimal)] = []

        public init() {}

        public static func == (lhs: TableRate, rhs: TableRate) -> Bool {
            lhs.active == rhs.active && lhs.title == rhs.title && lhs.name == rhs.name && lhs.condition == rhs.condition
                && lhs.rates.map(\.from) == rhs.rates.map(\.from) && lhs.rates.map(\.price) == rhs.rates.map(\.price)
        }
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
        table.rates = Self.parseRates(config.text("carriers/tablerate/rates", ""))
        self.init(flatRate: flat, freeShipping: free, tableRate: table)
    }

    /// `0:15,50:10` → [(0, 15), (50, 10)]; malformed pairs are skipped.
    static func parseRates(_ text: String) -> [(from: Decimal, price: Decimal)] {
        text.split(separator: ",").compactMap { pair in
            let parts = pair.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let from = Decimal(string: parts[0]), let price = Decimal(string: parts[1]) else { return nil }
            return (from, price)
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

    public init(qty: Decimal, value: Decimal, weight: Decimal, freeShipping: Bool) {
        self.qty = qty
        self.value = value
        self.weight = weight
        self.freeShipping = freeShipping
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

    /// The price of the highest `from` the package reaches; none when it reaches no row.
    static func tablePrice(_ table: CarrierSettings.TableRate, _ package: ShippingPackage) -> Decimal? {
        let measure = switch table.condition {
        case .packageValue: package.value
        case .packageQty: package.qty
        case .packageWeight: package.weight
        }
        return table.rates.filter { $0.from <= measure }.max { $0.from < $1.from }?.price
    }

    private static func rounded(_ method: ShippingMethod) -> ShippingMethod {
        ShippingMethod(
            carrierCode: method.carrierCode, methodCode: method.methodCode, carrierTitle: method.carrierTitle,
            methodTitle: method.methodTitle, amount: SalesMoney.cents(method.amount)
        )
    }
}
