import MagentoWire
import Testing

@Suite struct AttributeSetTests {
    @Test func anAttributeSetRoundTrips() throws {
        let text = #"{"attribute_set_id":15,"attribute_set_name":"Bag","sort_order":0,"entity_type_id":4}"#
        let set = try bind(AttributeSet.self, text)
        #expect(set == AttributeSet(attributeSetId: 15, attributeSetName: "Bag", sortOrder: 0, entityTypeId: 4))
        #expect(try encodedText(set) == text)
    }

    @Test func anAttributeGroupKeepsItsIdAsAString() throws {
        let text = """
        {"attribute_group_id":"7","attribute_group_name":"Product Details","attribute_set_id":4,\
        "extension_attributes":{"attribute_group_code":"product-details","sort_order":"1"}}
        """
        let group = try bind(AttributeGroup.self, text)
        #expect(group.attributeGroupId == "7")
        #expect(group.extensionAttributes?["attribute_group_code"] == "product-details")
        #expect(try encodedText(group) == compact(text))
    }

    @Test func theCatalogCreateEnvelopeNeedsASkeleton() {
        #expect(throws: BindingError.required(fieldName: "skeletonId")) {
            try bind(AttributeSetCreateRequest.self, #"{"attributeSet":{"attribute_set_name":"Bag"}}"#)
        }
    }

    @Test func theCatalogCreateEnvelopeReadsCamelCaseKeys() throws {
        let request = try bind(AttributeSetCreateRequest.self, #"{"attributeSet":{"attribute_set_name":"Bag"},"skeletonId":4}"#)
        #expect(request == AttributeSetCreateRequest(attributeSet: AttributeSet(attributeSetName: "Bag"), skeletonId: 4))
    }

    @Test func theEavCreateEnvelopeNeedsAnEntityTypeCode() throws {
        let request = try bind(
            EavAttributeSetCreateRequest.self,
            #"{"entityTypeCode":"catalog_product","attributeSet":{"attribute_set_name":"Bag"},"skeletonId":4}"#
        )
        #expect(request.entityTypeCode == "catalog_product")
        #expect(throws: BindingError.required(fieldName: "entityTypeCode")) {
            try bind(EavAttributeSetCreateRequest.self, #"{"attributeSet":{},"skeletonId":4}"#)
        }
    }

    @Test func theSaveEnvelopeCarriesOneSet() throws {
        let request = try bind(AttributeSetSaveRequest.self, #"{"attributeSet":{"attribute_set_id":15,"attribute_set_name":"Bags"}}"#)
        #expect(request.attributeSet.attributeSetName == "Bags")
    }

    @Test func theAssignEnvelopeReadsFourArguments() throws {
        let request = try bind(
            AttributeAssignRequest.self,
            #"{"attributeSetId":4,"attributeGroupId":"7","attributeCode":"color","sortOrder":10}"#
        )
        #expect(request == AttributeAssignRequest(attributeSetId: 4, attributeGroupId: 7, attributeCode: "color", sortOrder: 10))
    }

    @Test func theGroupEnvelopeCarriesOneGroup() throws {
        let request = try bind(AttributeGroupSaveRequest.self, #"{"group":{"attribute_group_name":"Extra","attribute_set_id":4}}"#)
        #expect(request.group == AttributeGroup(attributeGroupName: "Extra", attributeSetId: 4))
    }
}
