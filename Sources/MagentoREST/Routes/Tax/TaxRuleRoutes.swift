import CommerceDomain
import HTTPTypes
import MagentoWire

/// Tax rules: `/V1/taxRules`. PUT carries the id in the body, not the URL.
public struct TaxRuleRoutes: Sendable {
    let tax: any TaxRepository

    public init(tax: any TaxRepository) {
        self.tax = tax
    }

    static let service = "taxTaxRuleRepositoryV1"

    public var endpoints: [Endpoint] {
        [
            .search(
                "/V1/taxRules/search", access: TaxClassRoutes.access, service: Self.service,
                summary: "Search TaxRules"
            ) { [tax] criteria, _ in try await tax.searchRules(criteria) },
            Endpoint(
                .get, "/V1/taxRules/:ruleId", access: TaxClassRoutes.access, service: Self.service,
                operation: "get", summary: "Get TaxRule"
            ) { [tax] call in try await tax.rule(id: try call.argument("ruleId", as: Int.self)) },
            Endpoint(
                .post, "/V1/taxRules", access: TaxClassRoutes.access, service: Self.service,
                operation: "save", summary: "Save TaxRule", body: [.required("rule", TaxRule.self)]
            ) { [tax] call in try await tax.saveRule(try call.argument("rule", as: TaxRule.self)) },
            Endpoint(
                .put, "/V1/taxRules", access: TaxClassRoutes.access, service: Self.service,
                operation: "save", summary: "Save TaxRule", body: [.required("rule", TaxRule.self)]
            ) { [tax] call in try await tax.saveRule(try call.argument("rule", as: TaxRule.self)) },
            Endpoint(
                .delete, "/V1/taxRules/:ruleId", access: TaxClassRoutes.access, service: Self.service,
                operation: "deleteById", summary: "Delete TaxRule"
            ) { [tax] call in
                try await tax.deleteRule(id: try call.argument("ruleId", as: Int.self))
                return true
            },
        ]
    }
}
