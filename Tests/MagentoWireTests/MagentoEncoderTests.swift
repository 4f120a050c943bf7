import Foundation
import MagentoWire
import Testing

@Suite struct MagentoEncoderTests {
    struct Product: Encodable {
        var sku: String
        var price: Double
        var name: String?
        var attributeSetId: Int
        enum CodingKeys: String, CodingKey {
            case sku, price, name
            case attributeSetId = "attribute_set_id"
        }
    }

    struct Money: Encodable {
        var amount: Decimal
    }

    struct Raw: Encodable {
        var payload: JSONValue
    }

    @Test func keysFollowTheTypesEncodingOrder() throws {
        let product = Product(sku: "A-1", price: 9.5, name: "Tee", attributeSetId: 4)
        #expect(try encodedText(product) == #"{"sku":"A-1","price":9.5,"name":"Tee","attribute_set_id":4}"#)
    }

    @Test func nilOptionalsAreOmitted() throws {
        let product = Product(sku: "A-1", price: 9.5, name: nil, attributeSetId: 4)
        #expect(try encodedText(product) == #"{"sku":"A-1","price":9.5,"attribute_set_id":4}"#)
    }

    @Test func integralDoublesHaveNoFraction() throws {
        #expect(try MagentoEncoder().encode(34.0) == .number("34"))
    }

    @Test func fractionalDoublesUseTheShortestText() throws {
        #expect(try MagentoEncoder().encode([0.1, 12.5, -0.25]) == [.number("0.1"), .number("12.5"), .number("-0.25")])
    }

    @Test func floatsUseTheirOwnShortestText() throws {
        #expect(try MagentoEncoder().encode(Float(0.1)) == .number("0.1"))
    }

    @Test func hugeIntegralDoublesUseExponentNotation() throws {
        #expect(try MagentoEncoder().encode(1e20) == .number("1e+20"))
    }

    @Test func notANumberIsAnEncodingError() {
        #expect(throws: EncodingError.self) { try MagentoEncoder().encode(Double.nan) }
    }

    @Test func infinityIsAnEncodingError() {
        #expect(throws: EncodingError.self) { try MagentoEncoder().encode(["price": Double.infinity]) }
    }

    @Test func decimalsEncodeAsTheirExactText() throws {
        let money = Money(amount: Decimal(string: "12.50")!)
        #expect(try encodedText(money) == #"{"amount":12.5}"#)
    }

    @Test func decimalsDoNotPickUpBinaryRoundingNoise() throws {
        #expect(try MagentoEncoder().encode(Decimal(string: "0.1")!) == .number("0.1"))
    }

    @Test func jsonValuesPassThroughUnchanged() throws {
        let raw = Raw(payload: ["price": .number("1.230"), "tags": ["a"]])
        #expect(try encodedText(raw) == #"{"payload":{"price":1.230,"tags":["a"]}}"#)
    }

    @Test func aBareStringIsATopLevelValue() throws {
        #expect(try MagentoEncoder().encodeToBytes("token") == Array(#""token""#.utf8))
    }

    @Test func aBareBoolIsATopLevelValue() throws {
        #expect(try MagentoEncoder().encode(true) == .bool(true))
    }

    @Test func aBareIntIsATopLevelValue() throws {
        #expect(try MagentoEncoder().encode(3418) == .number("3418"))
    }

    @Test func optionalNilAtTopLevelIsNull() throws {
        #expect(try MagentoEncoder().encode(String?.none) == .null)
    }

    @Test func arraysOfObjectsKeepElementOrder() throws {
        let items = [Money(amount: 1), Money(amount: 2)]
        #expect(try encodedText(items) == #"[{"amount":1},{"amount":2}]"#)
    }

    struct Nested: Encodable {
        enum CodingKeys: String, CodingKey { case first, inner, last }
        enum InnerKeys: String, CodingKey { case b, a }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(1, forKey: .first)
            var inner = container.nestedContainer(keyedBy: InnerKeys.self, forKey: .inner)
            try container.encode(3, forKey: .last)
            // Written after `last`, yet `inner` keeps the position it was created at.
            try inner.encode("x", forKey: .b)
            try inner.encode("y", forKey: .a)
        }
    }

    @Test func nestedContainersKeepTheirCreationPosition() throws {
        #expect(try encodedText(Nested()) == #"{"first":1,"inner":{"b":"x","a":"y"},"last":3}"#)
    }

    @Test func jsonValueRoundTripsThroughFoundationCoders() throws {
        let value: JSONValue = ["s": "x", "i": 12, "b": false, "n": .null, "l": [1, "two"], "d": .number("2.5")]
        let data = try JSONEncoder().encode(value)
        let decoded = try JSONDecoder().decode(JSONValue.self, from: data)
        #expect(decoded["s"] == .string("x"))
        #expect(decoded["i"] == .number("12"))
        #expect(decoded["b"] == .bool(false))
        #expect(decoded["n"] == .null)
        #expect(decoded["l"] == [1, "two"])
        #expect(decoded["d"] == .number("2.5"))
    }
}
