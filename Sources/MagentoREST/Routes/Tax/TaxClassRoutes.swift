import CommerceDomain
import HTTPTypes
import MagentoWire

/// Tax classes: `/V1/taxClasses`.
public struct TaxClassRoutes: Sendable {
    let tax: any TaxRepository

    public init(tax: any TaxRepository) {
        self.tax = tax
    }

    static let access = EndpointAccess.resources(["Magento_Tax::manage_tax"])
    static let service = "taxTaxClassRepositoryV1"

    public var endpoints: [Endpoint] {
        [
            .search(
                "/V1/taxClasses/search", access: Self.access, service: Self.service,
                summary: "Retrieve tax classes which match a specific criteria."
            ) { [tax] criteria, _ in try await tax.searchClasses(criteria) },
            Endpoint(
                .get, "/V1/taxClasses/:taxClassId", access: Self.access, service: Self.service,
                operation: "get", summary: "Get a tax class with the given tax class id."
            ) { [tax] call in try await tax.taxClass(id: try call.argument("taxClassId", as: Int.self)) },
            // Magento declares the saved id as a string.
            Endpoint(
                .post, "/V1/taxClasses", access: Self.access, service: Self.service,
                operation: "save", summary: "Create a Tax Class", body: [.required("taxClass", TaxClass.self)]
            ) { [tax] call in
                String(try await tax.saveClass(try call.argument("taxClass", as: TaxClass.self)))
            },
            Endpoint(
                .put, "/V1/taxClasses/:classId", access: Self.access, service: Self.service,
                operation: "save", summary: "Create a Tax Class", body: [.required("taxClass", TaxClass.self)]
            ) { [tax] call in
                var taxClass = try call.argument("taxClass", as: TaxClass.self)
                taxClass.classId = try call.argument("classId", as: Int.self)   // the URL's id wins
                return String(try await tax.saveClass(taxClass))
            },
            Endpoint(
                .delete, "/V1/taxClasses/:taxClassId", access: Self.access, service: Self.service,
                operation: "deleteById", summary: "Delete a tax class with the given tax class id."
            ) { [tax] call in
                try await tax.deleteClass(id: try call.argument("taxClassId", as: Int.self))
                return true
            },
        ]
    }
}
