import CommerceDomain
import MagentoWire

/// `checkoutAgreements`: the terms a storefront shows at checkout. Empty while
/// `checkout/options/enable_agreements` is off in the store view, as Magento answers.
public struct CheckoutAgreementArea: GraphQLArea {
    let agreements: any CheckoutAgreementRepository

    public init(agreements: any CheckoutAgreementRepository) {
        self.agreements = agreements
    }

    public var schema: String {
        """
        extend type Query {
            checkoutAgreements: [CheckoutAgreement]
        }
        type CheckoutAgreement {
            agreement_id: Int!
            name: String!
            content: String!
            content_height: String
            checkbox_text: String!
            is_html: Boolean!
            mode: CheckoutAgreementMode!
        }
        enum CheckoutAgreementMode { AUTO MANUAL }
        """
    }

    public var resolvers: [FieldResolver] {
        [
            FieldResolver("Query", "checkoutAgreements") { [agreements] call in
                guard CheckoutAgreementRules.isEnabled(call.context.config(CheckoutAgreementRules.enabledPath)) else { return .array([]) }
                return .array(try await agreements.active(storeId: call.context.store.id).map(Self.agreement))
            },
        ]
    }

    static func agreement(_ agreement: CheckoutAgreement) -> JSONValue {
        [
            "agreement_id": .number(String(agreement.agreementId ?? 0)),
            "name": .string(agreement.name ?? ""),
            "content": .string(agreement.content ?? ""),
            "content_height": agreement.contentHeight.map(JSONValue.string) ?? .null,
            "checkbox_text": .string(agreement.checkboxText ?? ""),
            "is_html": .bool(agreement.isHtml == true),
            "mode": .string(agreement.mode == 1 ? "MANUAL" : "AUTO"),
        ]
    }
}
