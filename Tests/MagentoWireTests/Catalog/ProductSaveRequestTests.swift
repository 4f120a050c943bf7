import Foundation
import MagentoWire
import Testing

@Suite struct ProductSaveRequestTests {
    @Test func theProductAndSaveOptionsAreRead() throws {
        let request = try bind(ProductSaveRequest.self, #"{"product":{"sku":"A","price":10},"saveOptions":true}"#)
        #expect(request.product == Product(sku: "A", price: 10))
        #expect(request.saveOptions == true)
    }

    @Test func saveOptionsDefaultsToNil() throws {
        let request = try bind(ProductSaveRequest.self, #"{"product":{"sku":"A"}}"#)
        #expect(request.saveOptions == nil)
    }

    @Test func aMissingProductIsRequired() {
        #expect(throws: BindingError.required(fieldName: "product")) {
            try bind(ProductSaveRequest.self, #"{"sku":"A"}"#)
        }
    }

    @Test func unknownTopLevelKeysAreIgnored() throws {
        let request = try bind(ProductSaveRequest.self, #"{"product":{"sku":"A"},"storeId":1}"#)
        #expect(request.product.sku == "A")
    }

    @Test func theEnvelopeEncodesInSnakeCase() throws {
        let request = ProductSaveRequest(product: Product(sku: "A", price: Decimal(string: "12.50")), saveOptions: true)
        #expect(try encodedText(request) == #"{"product":{"sku":"A","price":12.5},"save_options":true}"#)
    }
}
