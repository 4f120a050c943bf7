import CommerceDomain
import HTTPTypes
import MagentoWire

/// Cart price rules: `/V1/salesRules`.
public struct SalesRuleRoutes: Sendable {
    let salesRules: any SalesRuleRepository

    public init(salesRules: any SalesRuleRepository) {
        self.salesRules = salesRules
    }

    static let access = EndpointAccess.resources(["Magento_SalesRule::quote"])
    static let service = "salesRuleRuleRepositoryV1"

    public var endpoints: [Endpoint] {
        [
            .search(
                "/V1/salesRules/search", access: Self.access, service: Self.service,
                summary: "Retrieve sales rules that match te specified criteria."
            ) { [salesRules] criteria, _ in try await salesRules.searchRules(criteria) },
            Endpoint(
                .get, "/V1/salesRules/:ruleId", access: Self.access, service: Self.service,
                operation: "getById", summary: "Get rule by ID."
            ) { [salesRules] call in try await salesRules.rule(id: try call.argument("ruleId", as: Int.self)) },
            Endpoint(
                .post, "/V1/salesRules", access: Self.access, service: Self.service,
                operation: "save", summary: "Save sales rule.", body: [.required("rule", SalesRule.self)]
            ) { [salesRules] call in try await salesRules.saveRule(try call.argument("rule", as: SalesRule.self)) },
            Endpoint(
                .put, "/V1/salesRules/:ruleId", access: Self.access, service: Self.service,
                operation: "save", summary: "Save sales rule.", body: [.required("rule", SalesRule.self)]
            ) { [salesRules] call in
                var rule = try call.argument("rule", as: SalesRule.self)
                rule.ruleId = try call.argument("ruleId", as: Int.self)   // the URL's id wins
                return try await salesRules.saveRule(rule)
            },
            Endpoint(
                .delete, "/V1/salesRules/:ruleId", access: Self.access, service: Self.service,
                operation: "deleteById", summary: "Delete rule by ID."
            ) { [salesRules] call in
                try await salesRules.deleteRule(id: try call.argument("ruleId", as: Int.self))
                return true
            },
        ]
    }
}
