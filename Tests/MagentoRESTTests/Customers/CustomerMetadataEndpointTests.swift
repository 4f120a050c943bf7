import HTTPTypes
import MagentoWire
import Testing

@Suite("Customer attribute metadata")
struct CustomerMetadataEndpointTests {
    @Test("all, one, a form's and the custom attributes of customers and addresses; unknown codes and forms are 404")
    func metadata() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let firstname = try await session.get("/rest/V1/attributeMetadata/customer/attribute/firstname", token: token)
            #expect(firstname.status == .ok)
            #expect(firstname.text == #"{"frontend_input":"text","input_filter":"","store_label":"First Name","validation_rules":[{"name":"max_text_length","value":"255"},{"name":"min_text_length","value":"1"}],"multiline_count":0,"visible":true,"required":true,"data_model":"","options":[],"frontend_class":" required-entry","user_defined":false,"sort_order":40,"frontend_label":"First Name","note":"","system":true,"backend_type":"static","is_used_in_grid":true,"is_visible_in_grid":true,"is_filterable_in_grid":true,"is_searchable_in_grid":true,"attribute_code":"firstname"}"#)
            let group = try await session.get("/rest/V1/attributeMetadata/customer/attribute/group_id?fields=options", token: token)
            #expect(group.text == #"{"options":[{"label":"General","value":"1"},{"label":"Wholesale","value":"2"},{"label":"Retailer","value":"3"}]}"#)
            let all = try await session.get("/rest/V1/attributeMetadata/customer?fields=attribute_code", token: token)
            #expect(all.json?.arrayValue?.count == 16)
            let create = try await session.get("/rest/V1/attributeMetadata/customer/form/customer_account_create", token: token)
            let codes = create.json?.arrayValue?.compactMap { $0["attribute_code"]?.stringValue } ?? []
            #expect(codes == ["prefix", "firstname", "middlename", "lastname", "suffix", "email", "dob", "taxvat", "gender"])
            #expect(try await session.get("/rest/V1/attributeMetadata/customer/custom", token: token).text == "[]")

            let street = try await session.get("/rest/V1/attributeMetadata/customerAddress/attribute/street?fields=multiline_count,required", token: token)
            #expect(street.text == #"{"multiline_count":2,"required":true}"#)
            let country = try await session.get("/rest/V1/attributeMetadata/customerAddress/attribute/country_id", token: token)
            #expect(country.json?["options"]?.arrayValue?.contains { $0["value"] == .string("DE") } == true)
            let addressForm = try await session.get("/rest/V1/attributeMetadata/customerAddress/form/customer_address_edit", token: token)
            #expect(addressForm.json?.arrayValue?.count == 15)
            #expect(try await session.get("/rest/V1/attributeMetadata/customerAddress/custom", token: token).text == "[]")

            let unknown = try await session.get("/rest/V1/attributeMetadata/customer/attribute/shoe_size", token: token)
            #expect(unknown.status == .notFound)
            #expect(unknown.text == #"{"message":"No such entity with %fieldName = %fieldValue, %field2Name = %field2Value","parameters":{"field2Name":"attributeCode","field2Value":"shoe_size","fieldName":"entityType","fieldValue":"customer"}}"#)
            let noForm = try await session.get("/rest/V1/attributeMetadata/customerAddress/form/nope", token: token)
            #expect(noForm.status == .notFound)
            #expect(noForm.text == #"{"message":"No such entity with %fieldName = %fieldValue","parameters":{"fieldName":"formCode","fieldValue":"nope"}}"#)
            let anonymous = try await session.get("/rest/V1/attributeMetadata/customer")
            #expect(anonymous.status == .unauthorized)
        }
    }
}
