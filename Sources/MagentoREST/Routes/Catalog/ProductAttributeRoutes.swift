import CommerceDomain
import HTTPTypes
import MagentoWire

/// `/V1/products/attributes…`: attributes, their options, and the input types.
public struct ProductAttributeRoutes: Sendable {
    let attributes: any ProductAttributeRepository

    public init(attributes: any ProductAttributeRepository) {
        self.attributes = attributes
    }

    static let access = EndpointAccess.resources(["Magento_Catalog::attributes_attributes"])
    static let service = "catalogProductAttributeRepositoryV1"
    static let optionService = "catalogProductAttributeOptionManagementV1"

    /// `GET /V1/products/attributes/types`: the frontend inputs a product attribute may use.
    static let inputTypes: [ProductAttributeType] = [
        ("text", "Text Field"), ("textarea", "Text Area"), ("texteditor", "Text Editor"), ("date", "Date"),
        ("datetime", "Date and Time"), ("boolean", "Yes/No"), ("multiselect", "Multiple Select"), ("select", "Dropdown"),
        ("price", "Price"), ("media_image", "Media Image"), ("swatch_visual", "Visual Swatch"), ("swatch_text", "Text Swatch"),
        ("weee", "Fixed Product Tax"),
    ].map { ProductAttributeType(value: $0.0, label: $0.1) }

    public var endpoints: [Endpoint] {
        [
            .search(
                "/V1/products/attributes", access: Self.access, service: Self.service,
                summary: "Retrieve all attributes for entity type"
            ) { [attributes] criteria, _ in try await attributes.searchAttributes(criteria) },
            Endpoint(
                .get, "/V1/products/attributes/types", access: Self.access, service: "catalogProductAttributeTypesListV1",
                operation: "getItems", summary: "Retrieve list of product attribute types"
            ) { _ in Self.inputTypes },
            Endpoint(
                .get, "/V1/products/attributes/:attributeCode", access: Self.access, service: Self.service,
                operation: "get", summary: "Retrieve specific attribute"
            ) { [attributes] call in try await attributes.attribute(code: call.pathParameter("attributeCode")) },
            Endpoint(
                .post, "/V1/products/attributes", access: Self.access, service: Self.service, operation: "save",
                summary: "Save attribute data", body: [.required("attribute", ProductAttribute.self)]
            ) { [attributes] call in
                let attribute = try call.argument("attribute", as: ProductAttribute.self)
                if let code = attribute.attributeCode, (try? await attributes.attribute(code: code)) != nil {
                    throw CommerceError.invalidInput(
                        message: "An attribute with the same code (%1) already exists.", parameters: [code]
                    )
                }
                return try await attributes.saveAttribute(attribute)
            },
            Endpoint(
                .put, "/V1/products/attributes/:attributeCode", access: Self.access, service: Self.service,
                operation: "save", summary: "Save attribute data", body: [.required("attribute", ProductAttribute.self)]
            ) { [attributes] call in
                var attribute = try call.argument("attribute", as: ProductAttribute.self)
                attribute.attributeCode = call.pathParameter("attributeCode")
                _ = try await attributes.attribute(code: call.pathParameter("attributeCode"))
                return try await attributes.saveAttribute(attribute)
            },
            Endpoint(
                .delete, "/V1/products/attributes/:attributeCode", access: Self.access, service: Self.service,
                operation: "deleteById", summary: "Delete Attribute by id"
            ) { [attributes] call in
                try await attributes.deleteAttribute(code: call.pathParameter("attributeCode"))
                return true
            },
            Endpoint(
                .get, "/V1/products/attributes/:attributeCode/options", access: Self.access, service: Self.optionService,
                operation: "getItems", summary: "Retrieve list of attribute options"
            ) { [attributes] call in try await attributes.options(code: call.pathParameter("attributeCode")) },
            Endpoint(
                .post, "/V1/products/attributes/:attributeCode/options", access: Self.access, service: Self.optionService,
                operation: "add", summary: "Add option to attribute", body: [.required("option", AttributeOption.self)]
            ) { [attributes] call in
                let option = try call.argument("option", as: AttributeOption.self)
                return String(try await attributes.addOption(code: call.pathParameter("attributeCode"), option: option))
            },
            Endpoint(
                .put, "/V1/products/attributes/:attributeCode/options/:optionId", access: Self.access,
                // Magento serves this one from its own interface, ProductAttributeOptionUpdateInterface.
                service: "catalogProductAttributeOptionUpdateV1", operation: "update", summary: "Update attribute option", body: [.required("option", AttributeOption.self)]
            ) { [attributes] call in
                let option = try call.argument("option", as: AttributeOption.self)
                try await attributes.updateOption(
                    code: call.pathParameter("attributeCode"), optionId: try call.argument("optionId", as: Int.self), option: option
                )
                return true
            },
            Endpoint(
                .delete, "/V1/products/attributes/:attributeCode/options/:optionId", access: Self.access,
                service: Self.optionService, operation: "delete", summary: "Delete option from attribute"
            ) { [attributes] call in
                try await attributes.deleteOption(code: call.pathParameter("attributeCode"), optionId: try call.argument("optionId", as: Int.self))
                return true
            },
        ]
    }
}
