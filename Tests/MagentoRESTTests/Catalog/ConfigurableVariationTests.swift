import HTTPTypes
import MagentoWire
import Testing

@Suite("PUT /V1/configurable-products/variation")
struct ConfigurableVariationTests {
    @Test("one unsaved simple product per combination of option values, with the values and a suffixed SKU and name")
    func variations() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            func attribute(_ code: String) async throws -> (id: String, values: [String]) {
                let id = try await session.get("/rest/V1/products/attributes/\(code)", token: token).json?["attribute_id"]?.jsonString ?? ""
                let options = try await session.get("/rest/V1/products/attributes/\(code)/options", token: token).json?.arrayValue ?? []
                return (id, options.compactMap { $0["value"]?.stringValue }.filter { !$0.isEmpty })
            }
            let color = try await attribute("color")
            let size = try await attribute("size")
            #expect(color.values.count >= 2 && !size.values.isEmpty)
            let (red, blue, small) = (color.values[0], color.values[1], size.values[0])
            let body = #"{"product":{"sku":"MS-Champ","name":"Champ Tee","price":25,"attribute_set_id":4},"options":[{"attribute_id":"\#(color.id)","values":[{"value_index":\#(red)},{"value_index":\#(blue)}]},{"attribute_id":"\#(size.id)","values":[{"value_index":\#(small)}]}]}"#
            let reply = try await session.send(.put, "/rest/V1/configurable-products/variation?fields=sku,name,price,type_id,visibility,custom_attributes", token: token, body: body)
            #expect(reply.status == .ok)
            #expect(reply.text == #"[{"sku":"MS-Champ-\#(red)-\#(small)","name":"Champ Tee-\#(red)-\#(small)","price":25,"visibility":1,"type_id":"simple","custom_attributes":[{"attribute_code":"color","value":"\#(red)"},{"attribute_code":"size","value":"\#(small)"}]},{"sku":"MS-Champ-\#(blue)-\#(small)","name":"Champ Tee-\#(blue)-\#(small)","price":25,"visibility":1,"type_id":"simple","custom_attributes":[{"attribute_code":"color","value":"\#(blue)"},{"attribute_code":"size","value":"\#(small)"}]}]"#)
            // Nothing is saved.
            #expect(try await session.get("/rest/V1/products/MS-Champ-\(red)-\(small)", token: token).status == .notFound)
            let unknown = try await session.send(.put, "/rest/V1/configurable-products/variation", token: token, body: #"{"product":{"sku":"X"},"options":[{"attribute_id":"9999","values":[{"value_index":1}]}]}"#)
            #expect(unknown.status == .notFound)
            #expect(unknown.text == #"{"message":"No such entity with %fieldName = %fieldValue","parameters":{"fieldName":"attributeId","fieldValue":"9999"}}"#)
        }
    }
}
