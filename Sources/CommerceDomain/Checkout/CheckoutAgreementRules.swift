import MagentoWire

/// Magento's terms-and-conditions check before an order is placed from the storefront.
public enum CheckoutAgreementRules {
    /// `checkout/options/enable_agreements`, off unless set.
    public static let enabledPath = "checkout/options/enable_agreements"

    /// Whether the flag's stored value turns terms on ("1", or "true" as some tools write it).
    public static func isEnabled(_ value: String?) -> Bool {
        value == "1" || value?.lowercased() == "true"
    }

    static let notAccepted = CommerceError.invalidInput(
        message: "The order wasn't placed. First, agree to the terms and conditions, then try placing your order again."
    )

    /// Every active agreement in manual mode must be among `accepted` (the payment's
    /// `extension_attributes.agreement_ids`); automatic ones need no tick.
    public static func requireAccepted(_ accepted: [Int], of active: [CheckoutAgreement]) throws {
        let required = Set(active.filter { $0.mode == 1 }.compactMap(\.agreementId))
        guard required.isSubset(of: Set(accepted)) else { throw notAccepted }
    }

    /// The ids a payment carries; Magento's clients send them as strings or numbers.
    public static func acceptedIds(_ payment: CartPayment) -> [Int] {
        let values = payment.extensionAttributes?["agreement_ids"]?.arrayValue ?? []
        return values.compactMap { value in (value.stringValue ?? value.numberText).flatMap { Int($0) } }
    }

    public static func validate(_ agreement: CheckoutAgreement) throws {
        for (field, value) in [("name", agreement.name), ("content", agreement.content), ("checkbox_text", agreement.checkboxText)]
        where (value ?? "").isEmpty {
            throw CommerceError.invalidInputNamed(message: "\"%fieldName\" is required. Enter and try again.", parameters: ["fieldName": field])
        }
        if let mode = agreement.mode, ![0, 1].contains(mode) {
            throw CommerceError.invalidInput(message: "The value of \"%1\" provided in the %2 field is invalid.", parameters: [String(mode), "mode"])
        }
    }
}
