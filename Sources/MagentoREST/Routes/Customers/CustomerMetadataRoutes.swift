import CommerceDomain
import HTTPTypes
import MagentoWire

/// `/V1/attributeMetadata/customer…` and `/V1/attributeMetadata/customerAddress…`: the attribute
/// metadata services (all attributes, one by code, one form's, the custom ones). Select options
/// come from the store: websites, customer groups, countries.
public struct CustomerMetadataRoutes: Sendable {
    let groups: any CustomerGroupRepository

    public init(groups: any CustomerGroupRepository) {
        self.groups = groups
    }

    static let access = EndpointAccess.resources(["Magento_Customer::customer"])

    public var endpoints: [Endpoint] {
        family("/V1/attributeMetadata/customer", entity: .customer, service: "customerCustomerMetadataV1")
            + family("/V1/attributeMetadata/customerAddress", entity: .address, service: "customerAddressMetadataV1")
    }

    func family(_ prefix: String, entity: CustomerAttributeCatalog.Entity, service: String) -> [Endpoint] {
        [
            Endpoint(.get, prefix, access: Self.access, service: service, operation: "getAllAttributesMetadata",
                     summary: "Get all attribute metadata.") { [self] call in
                try await metadata(entity, call: call).map(\.metadata)
            },
            Endpoint(.get, prefix + "/attribute/:attributeCode", access: Self.access, service: service, operation: "getAttributeMetadata",
                     summary: "Retrieve attribute metadata.") { [self] call in
                let code = call.pathParameter("attributeCode")
                guard let entry = try await metadata(entity, call: call).first(where: { $0.metadata.attributeCode == code }) else {
                    throw CommerceError.notFoundNamed(
                        message: "No such entity with %fieldName = %fieldValue, %field2Name = %field2Value",
                        parameters: ["fieldName": "entityType", "fieldValue": entity.rawValue, "field2Name": "attributeCode", "field2Value": code]
                    )
                }
                return entry.metadata
            },
            Endpoint(.get, prefix + "/custom", access: Self.access, service: service, operation: "getCustomAttributesMetadata",
                     summary: "Get custom attributes metadata for the given data interface.") { _ in
                [CustomerAttributeMetadata]()
            },
            Endpoint(.get, prefix + "/form/:formCode", access: Self.access, service: service, operation: "getAttributes",
                     summary: "Retrieve all attributes filtered by form code") { [self] call in
                let form = call.pathParameter("formCode")
                let attributes = try await metadata(entity, call: call).filter { $0.forms.contains(form) }.map(\.metadata)
                guard !attributes.isEmpty else { throw CommerceError.noSuchEntity(field: "formCode", value: form) }
                return attributes
            },
        ]
    }

    /// The catalog's entries with their select options filled from this store.
    func metadata(_ entity: CustomerAttributeCatalog.Entity, call: EndpointCall) async throws -> [CustomerAttributeCatalog.Entry] {
        var entries = CustomerAttributeCatalog.entries(entity)
        for index in entries.indices {
            switch (entity, entries[index].metadata.attributeCode) {
            case (.customer, "website_id"):
                entries[index].metadata.options = call.stores.websites.filter { $0.id != 0 }.map { .init(label: $0.name, value: String($0.id)) }
            case (.customer, "group_id"):
                let all = try await groups.searchGroups(SearchCriteria()).items
                entries[index].metadata.options = all.filter { $0.id != CustomerGroups.notLoggedInId }.map { .init(label: $0.code ?? "", value: String($0.id ?? 0)) }
            case (.address, "country_id"):
                entries[index].metadata.options = CountryDirectory.shared.countries(locale: "en_US").map { .init(label: $0.nameInLocale, value: $0.id) }
            default:
                continue
            }
        }
        return entries
    }
}
