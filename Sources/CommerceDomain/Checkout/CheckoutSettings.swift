import Foundation
import MagentoWire

/// The store view's checkout configuration, read from `core_config_data` with Magento's scope
/// fallback, falling back to Magpie's demo defaults when a path is not set.
public struct CheckoutSettings: Sendable, Equatable {
    public var websiteId: Int
    public var currency: String
    public var carriers: CarrierSettings
    public var payments: PaymentSettings
    public var shippingTax: ShippingTaxSettings
    /// `sales/gift_options/allow_order` and `allow_items`: off unless set, as in Magento.
    public var giftMessagesOnOrder = false
    public var giftMessagesOnItems = false

    public init(
        websiteId: Int, currency: String, carriers: CarrierSettings, payments: PaymentSettings,
        shippingTax: ShippingTaxSettings = ShippingTaxSettings()
    ) {
        self.websiteId = websiteId
        self.currency = currency
        self.carriers = carriers
        self.payments = payments
        self.shippingTax = shippingTax
    }

    /// Reads every setting of `storeId` from `directory`.
    public init(directory: StoreDirectory, storeId: Int) {
        let lookup: (String) -> String? = { directory.configValue($0, storeId: storeId) }
        self.init(
            websiteId: directory.view(id: storeId)?.websiteId ?? 1,
            currency: lookup("currency/options/base") ?? "USD",
            carriers: CarrierSettings(lookup),
            payments: PaymentSettings(lookup),
            shippingTax: ShippingTaxSettings(lookup)
        )
        let reader = ConfigReader(lookup: lookup)
        giftMessagesOnOrder = reader.flag("sales/gift_options/allow_order", false)
        giftMessagesOnItems = reader.flag("sales/gift_options/allow_items", false)
    }
}

/// Reads typed settings from a config lookup.
struct ConfigReader {
    let lookup: (String) -> String?

    func flag(_ path: String, _ fallback: Bool) -> Bool {
        guard let value = lookup(path) else { return fallback }
        return value == "1" || value.lowercased() == "true"
    }

    func text(_ path: String, _ fallback: String) -> String {
        guard let value = lookup(path), !value.isEmpty else { return fallback }
        return value
    }

    func amount(_ path: String, _ fallback: Decimal) -> Decimal {
        lookup(path).flatMap { Decimal(string: $0) } ?? fallback
    }
}
