import Foundation
import MagentoWire

/// The payment methods and which are enabled. Magento enables only check / money order out of
/// the box; Magpie's demo defaults enable every offline one. `free` is offered alone, and only,
/// when the cart costs nothing. The test gateway (`TestGateway`) is off unless configured.
public struct PaymentSettings: Sendable, Equatable {
    public struct Method: Sendable, Equatable {
        public var code: String
        public var title: String
        public var active: Bool
    }

    public var methods: [Method]

    public static let defaults: [Method] = [
        Method(code: "checkmo", title: "Check / Money order", active: true),
        Method(code: "banktransfer", title: "Bank Transfer Payment", active: true),
        Method(code: "cashondelivery", title: "Cash On Delivery", active: true),
        Method(code: "purchaseorder", title: "Purchase Order", active: true),
        Method(code: "free", title: "No Payment Information Required", active: true),
        Method(code: TestGateway.code, title: TestGateway.title, active: false),
    ]

    public init(methods: [Method] = PaymentSettings.defaults) {
        self.methods = methods
    }

    init(_ lookup: @escaping (String) -> String?) {
        let config = ConfigReader(lookup: lookup)
        self.init(methods: Self.defaults.map { method in
            Method(
                code: method.code,
                title: config.text("payment/\(method.code)/title", method.title),
                active: config.flag("payment/\(method.code)/active", method.active)
            )
        })
    }

    /// The methods a cart with this grand total may use.
    public func available(grandTotal: Decimal) -> [PaymentMethod] {
        methods.filter { $0.active && ($0.code == "free") == (grandTotal == 0) }
            .map { PaymentMethod(code: $0.code, title: $0.title) }
    }
}
