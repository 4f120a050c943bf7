import Foundation
import MagentoWire
import Testing

/// Binding rules for keys, nesting and errors; scalar conversions are in `ScalarBindingTests`.
@Suite struct MagentoDecoderTests {
    struct Product: Decodable, Equatable {
        var sku: String
        var attributeSetId: Int?
        enum CodingKeys: String, CodingKey {
            case sku
            case attributeSetId = "attribute_set_id"
        }
    }

    struct Login: Decodable, Equatable {
        var username: String
        var password: String
    }

    struct SaveProduct: Decodable, Equatable {
        var product: Product
    }

    struct Tagged: Decodable, Equatable {
        var tags: [String]
    }

    struct Catalog: Decodable, Equatable {
        var products: [Product]
    }

    private func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try MagentoDecoder().decode(type, from: json(text))
    }

    @Test func snakeCaseInputMatchesASnakeCaseKey() throws {
        let product = try decode(Product.self, #"{"sku":"A","attribute_set_id":4}"#)
        #expect(product == Product(sku: "A", attributeSetId: 4))
    }

    @Test func camelCaseInputMatchesASnakeCaseKey() throws {
        let product = try decode(Product.self, #"{"sku":"A","attributeSetId":4}"#)
        #expect(product.attributeSetId == 4)
    }

    struct CamelKeyed: Decodable, Equatable {
        var pageSize: Int
    }

    @Test func snakeCaseInputMatchesACamelCaseKey() throws {
        #expect(try decode(CamelKeyed.self, #"{"page_size":"5"}"#) == CamelKeyed(pageSize: 5))
    }

    @Test func theExactKeyWinsOverItsOtherCasing() throws {
        let product = try decode(Product.self, #"{"attributeSetId":9,"sku":"A","attribute_set_id":4}"#)
        #expect(product.attributeSetId == 4)
    }

    @Test func aMissingRequiredKeyIsReportedInCamelCase() {
        #expect(throws: BindingError.required(fieldName: "pageSize")) { try decode(CamelKeyed.self, "{}") }
    }

    @Test func aMissingRequiredSnakeCaseKeyIsReportedInCamelCase() {
        struct Arguments: Decodable {
            var searchCriteria: Int
            enum CodingKeys: String, CodingKey { case searchCriteria = "search_criteria" }
        }
        #expect(throws: BindingError.required(fieldName: "searchCriteria")) { try decode(Arguments.self, "{}") }
    }

    @Test func nullCountsAsMissingForARequiredValue() {
        #expect(throws: BindingError.required(fieldName: "username")) {
            try decode(Login.self, #"{"username":null,"password":"x"}"#)
        }
    }

    @Test func decodeIfPresentTurnsNullIntoNil() throws {
        #expect(try decode(Product.self, #"{"sku":"A","attribute_set_id":null}"#).attributeSetId == nil)
    }

    @Test func unknownTopLevelKeysAreIgnored() throws {
        let login = try decode(Login.self, #"{"username":"u","password":"p","otp":"123"}"#)
        #expect(login == Login(username: "u", password: "p"))
    }

    @Test func unknownNestedKeysAreReportedInUpperCamelCase() {
        #expect(throws: BindingError.notSupported(fieldName: "FooBar")) {
            try decode(SaveProduct.self, #"{"product":{"sku":"A","foo_bar":1}}"#)
        }
    }

    @Test func unknownKeysInsideListElementsAreRejected() {
        #expect(throws: BindingError.notSupported(fieldName: "Colour")) {
            try decode(Catalog.self, #"{"products":[{"sku":"A"},{"sku":"B","colour":"red"}]}"#)
        }
    }

    @Test func bothCasingsOfADeclaredKeyAreKnownInNestedObjects() throws {
        let saved = try decode(SaveProduct.self, #"{"product":{"sku":"A","attributeSetId":1,"attribute_set_id":2}}"#)
        #expect(saved.product.attributeSetId == 2)
    }

    struct Settings: Decodable, Equatable {
        var options: [String: String]
    }

    @Test func typesThatReadAllKeysAcceptAnyKey() throws {
        let settings = try decode(Settings.self, #"{"options":{"any_key":"1","Other":"2"}}"#)
        #expect(settings.options == ["any_key": "1", "Other": "2"])
    }

    @Test func dictionariesDecodeFromObjects() throws {
        #expect(try decode([String: Int].self, #"{"a":"1","b":2}"#) == ["a": 1, "b": 2])
    }

    @Test func listsDecodeFromArrays() throws {
        #expect(try decode(Tagged.self, #"{"tags":["a","b"]}"#).tags == ["a", "b"])
    }

    @Test func listsDecodeFromObjectValuesInKeyOrder() throws {
        #expect(try decode(Tagged.self, #"{"tags":{"0":"a","2":"c","1":"b"}}"#).tags == ["a", "c", "b"])
    }

    @Test func aScalarGivenForAListIsNotAllParametersValid() {
        #expect(throws: BindingError.notAllParametersValid) { try decode(Tagged.self, #"{"tags":"a"}"#) }
    }

    @Test func aScalarGivenForAnObjectReadsAsAnEmptyObject() {
        #expect(throws: BindingError.required(fieldName: "sku")) { try decode(SaveProduct.self, #"{"product":"x"}"#) }
    }

    struct Envelope: Decodable, Equatable {
        var payload: JSONValue
        var extra: JSONValue?
    }

    @Test func aJSONValueTargetReceivesTheRawSubtree() throws {
        let envelope = try decode(Envelope.self, #"{"payload":{"b":[1.50,"x"],"a":null}}"#)
        #expect(envelope.payload == .object(["b": [.number("1.50"), "x"], "a": .null]))
    }

    @Test func anExplicitNullIsKeptForAJSONValueTarget() throws {
        #expect(try decode(Envelope.self, #"{"payload":null}"#).payload == .null)
    }

    @Test func aTopLevelJSONValueIsReturnedAsIs() throws {
        let value = try json(#"{"k":[1,2]}"#)
        #expect(try MagentoDecoder().decode(JSONValue.self, from: value) == value)
    }

    struct Maybe: Decodable, Equatable {
        var value: Int??
    }

    @Test func nestedOptionalsDecodeTheWrappedValue() throws {
        #expect(try decode(Maybe.self, #"{"value":"7"}"#).value == .some(.some(7)))
    }

    @Test func aMissingNestedOptionalIsNil() throws {
        #expect(try decode(Maybe.self, "{}").value == nil)
    }

    struct Note: Decodable, Equatable {
        var text: String?
    }

    struct SaveNote: Decodable, Equatable {
        var note: Note
    }

    @Test func aListGivenForAnObjectReadsItsIndexesAsKeys() {
        #expect(throws: BindingError.notSupported(fieldName: "0")) { try decode(SaveNote.self, #"{"note":["x"]}"#) }
    }

    @Test func aNullListElementOfScalarsIsRequired() {
        #expect(throws: BindingError.required(fieldName: "tags")) { try decode(Tagged.self, #"{"tags":["a",null]}"#) }
    }
}
