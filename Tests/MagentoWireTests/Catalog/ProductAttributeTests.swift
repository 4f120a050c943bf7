import MagentoWire
import Testing

@Suite struct ProductAttributeTests {
    /// `GET /V1/products/attributes/color`, in Magento's getter order.
    static let color = """
    {"is_wysiwyg_enabled":false,"is_html_allowed_on_front":true,"used_for_sort_by":false,"is_filterable":true,\
    "is_filterable_in_search":true,"is_used_in_grid":true,"is_visible_in_grid":false,"is_filterable_in_grid":true,\
    "position":0,"apply_to":["simple","virtual","configurable"],"is_searchable":"1",\
    "is_visible_in_advanced_search":"1","is_comparable":"1","is_used_for_promo_rules":"0",\
    "is_visible_on_front":"0","used_in_product_listing":"0","is_visible":true,"scope":"global",\
    "attribute_id":93,"attribute_code":"color","frontend_input":"select","entity_type_id":"4","is_required":false,\
    "options":[{"label":" ","value":""},{"label":"Black","value":"49","sort_order":1,"is_default":false,\
    "store_labels":[{"store_id":1,"label":"Noir"}]}],"is_user_defined":true,"default_frontend_label":"Color",\
    "frontend_labels":[{"store_id":1,"label":"Couleur"}],"backend_type":"int",\
    "source_model":"Magento\\\\Eav\\\\Model\\\\Entity\\\\Attribute\\\\Source\\\\Table","default_value":"","is_unique":"0",\
    "validation_rules":[]}
    """

    @Test func anAttributeDecodesWithMagentosMixedFlagTypes() throws {
        let attribute = try bind(ProductAttribute.self, Self.color)
        #expect(attribute.attributeId == 93)
        #expect(attribute.attributeCode == "color")
        #expect(attribute.isFilterableInGrid == true)
        #expect(attribute.isSearchable == "1")
        #expect(attribute.isUsedForPromoRules == "0")
        #expect(attribute.entityTypeId == "4")
        #expect(attribute.isUnique == "0")
        #expect(attribute.scope == "global")
        #expect(attribute.applyTo == ["simple", "virtual", "configurable"])
        #expect(attribute.options?.last == AttributeOption(
            label: "Black", value: "49", sortOrder: 1, isDefault: false,
            storeLabels: [AttributeOptionLabel(storeId: 1, label: "Noir")]
        ))
        #expect(attribute.frontendLabels == [AttributeFrontendLabel(storeId: 1, label: "Couleur")])
        #expect(attribute.sourceModel == #"Magento\Eav\Model\Entity\Attribute\Source\Table"#)
        #expect(attribute.validationRules == [])
    }

    @Test func anAttributeEncodesBackToMagentosText() throws {
        #expect(try encodedText(bind(ProductAttribute.self, Self.color)) == compact(Self.color))
    }

    @Test func flagsSentAsBooleansBindToTheirStringForm() throws {
        let attribute = try bind(ProductAttribute.self, #"{"attribute_code":"a","is_searchable":true,"is_comparable":0}"#)
        #expect(attribute.isSearchable == "1")
        #expect(attribute.isComparable == "0")
    }

    @Test func validationRulesAreKeyValuePairs() throws {
        let text = #"{"attribute_code":"a","validation_rules":[{"key":"max_text_length","value":"255"}]}"#
        let attribute = try bind(ProductAttribute.self, text)
        #expect(attribute.validationRules == [AttributeValidationRule(key: "max_text_length", value: "255")])
        #expect(try encodedText(attribute) == text)
    }

    @Test func customAttributesOfAnAttributeAcceptTheMapForm() throws {
        let attribute = try bind(ProductAttribute.self, #"{"attribute_code":"a","custom_attributes":{"swatch_input_type":"visual"}}"#)
        #expect(attribute.customAttributes?.attributes == [CustomAttribute(attributeCode: "swatch_input_type", value: "visual")])
    }

    @Test func theSaveEnvelopeRequiresAnAttribute() {
        #expect(throws: BindingError.required(fieldName: "attribute")) {
            try bind(AttributeSaveRequest.self, #"{"attributeCode":"color"}"#)
        }
    }

    @Test func theOptionEnvelopeCarriesOneOption() throws {
        let request = try bind(AttributeOptionRequest.self, #"{"option":{"label":"Red","sort_order":"3","is_default":"false"}}"#)
        #expect(request.option == AttributeOption(label: "Red", sortOrder: 3, isDefault: false))
    }
}
