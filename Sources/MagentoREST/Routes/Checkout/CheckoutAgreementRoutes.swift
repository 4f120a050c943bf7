import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// Checkout terms and conditions (CheckoutAgreements). Magento reads them over REST and edits
/// them in its admin only; Magpie adds `/V1/magpie/checkout-agreements` to edit them, since it
/// has no admin screens for them.
public struct CheckoutAgreementRoutes: Sendable {
    let agreements: any CheckoutAgreementRepository

    public init(agreements: any CheckoutAgreementRepository) {
        self.agreements = agreements
    }

    static let read = EndpointAccess.resources(["Magento_Sales::sales"])
    static let edit = EndpointAccess.resources(["Magento_CheckoutAgreements::checkoutagreement"])

    public var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/carts/licence", access: Self.read, service: "checkoutAgreementsCheckoutAgreementsRepositoryV1",
                     operation: "getList", summary: "Lists active checkout agreements.") { [agreements] call in
                // Off in the store's configuration: no terms to show, as Magento answers.
                guard call.checkoutAgreementsEnabled else { return [CheckoutAgreement]() }
                return try await agreements.active(storeId: call.store.id)
            },
            Endpoint(.get, "/V1/carts/licence/list", access: Self.read, service: "checkoutAgreementsCheckoutAgreementsListV1",
                     operation: "getList", summary: "List of checkout agreements.", query: [.searchCriteria]) { [agreements] call in
                try await agreements.search(try call.searchCriteria())
            },
            Endpoint(.post, "/V1/magpie/checkout-agreements", access: Self.edit, service: "magpieCheckoutAgreementsV1", operation: "save",
                     summary: "Create a checkout agreement (store views in storeIds; 0 or none: all)",
                     body: [.required("agreement", CheckoutAgreement.self), .optional("storeIds", [Int].self)]) { [agreements] call in
                var agreement = try call.argument("agreement", as: CheckoutAgreement.self)
                agreement.agreementId = nil
                return try await agreements.save(agreement, storeIds: try call.optionalArgument("storeIds", as: [Int].self) ?? [0])
            },
            Endpoint(.put, "/V1/magpie/checkout-agreements/:agreementId", access: Self.edit, service: "magpieCheckoutAgreementsV1",
                     operation: "update", summary: "Replace a checkout agreement",
                     body: [.required("agreement", CheckoutAgreement.self), .optional("storeIds", [Int].self)]) { [agreements] call in
                var agreement = try call.argument("agreement", as: CheckoutAgreement.self)
                agreement.agreementId = try call.argument("agreementId", as: Int.self)
                return try await agreements.save(agreement, storeIds: try call.optionalArgument("storeIds", as: [Int].self) ?? [0])
            },
            Endpoint(.delete, "/V1/magpie/checkout-agreements/:agreementId", access: Self.edit, service: "magpieCheckoutAgreementsV1",
                     operation: "delete", summary: "Delete a checkout agreement") { [agreements] call in
                try await agreements.delete(id: try call.argument("agreementId", as: Int.self))
                return true
            },
        ]
    }
}

extension EndpointCall {
    /// `checkout/options/enable_agreements` in the call's store view.
    var checkoutAgreementsEnabled: Bool {
        CheckoutAgreementRules.isEnabled(stores.configValue(CheckoutAgreementRules.enabledPath, storeId: store.id))
    }
}
