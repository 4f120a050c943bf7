import CommerceDomain
import HTTPTypes
import MagentoWire

/// Tax rates: `/V1/taxRates`. PUT carries the id in the body, not the URL.
public struct TaxRateRoutes: Sendable {
    let tax: any TaxRepository

    public init(tax: any TaxRepository) {
        self.tax = tax
    }

    static let service = "taxTaxRateRepositoryV1"

    public var endpoints: [Endpoint] {
        [
            .search(
                "/V1/taxRates/search", access: TaxClassRoutes.access, service: Self.service,
                summary: "Search TaxRates"
            ) { [tax] criteria, _ in try await tax.searchRates(criteria) },
            Endpoint(
                .get, "/V1/taxRates/:rateId", access: TaxClassRoutes.access, service: Self.service,
                operation: "get", summary: "Get tax rate"
            ) { [tax] call in try await tax.rate(id: try call.argument("rateId", as: Int.self)) },
            Endpoint(
                .post, "/V1/taxRates", access: TaxClassRoutes.access, service: Self.service,
                operation: "save", summary: "Create or update tax rate", body: [.required("taxRate", TaxRate.self)]
            ) { [tax] call in try await tax.saveRate(try call.argument("taxRate", as: TaxRate.self)) },
            Endpoint(
                .put, "/V1/taxRates", access: TaxClassRoutes.access, service: Self.service,
                operation: "save", summary: "Create or update tax rate", body: [.required("taxRate", TaxRate.self)]
            ) { [tax] call in try await tax.saveRate(try call.argument("taxRate", as: TaxRate.self)) },
            Endpoint(
                .delete, "/V1/taxRates/:rateId", access: TaxClassRoutes.access, service: Self.service,
                operation: "deleteById", summary: "Delete tax rate"
            ) { [tax] call in
                try await tax.deleteRate(id: try call.argument("rateId", as: Int.self))
                return true
            },
        ]
    }
}
