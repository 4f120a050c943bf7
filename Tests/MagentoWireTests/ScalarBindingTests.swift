import Foundation
import MagentoWire
import Testing

/// PHP's scalar conversions (`TypeProcessor`) as the binder applies them.
@Suite struct ScalarBindingTests {
    /// Scalars are bound as a member of an object, the way route arguments arrive.
    struct Box<T: Decodable>: Decodable {
        var value: T
    }

    private func bind<T: Decodable>(_ type: T.Type, _ value: JSONValue) throws -> T {
        try MagentoDecoder().decode(Box<T>.self, from: .object(["value": value])).value
    }

    @Test(arguments: [("12", 12), (" 12", 12), ("12 ", 12), ("+7", 7), ("-3", -3), ("007", 7), ("12.0", 12), ("1e3", 1000)])
    func integersAcceptNumericStrings(text: String, expected: Int) throws {
        #expect(try bind(Int.self, .string(text)) == expected)
    }

    @Test func integersAcceptJSONNumbers() throws {
        #expect(try bind(Int64.self, .number("9007199254740993")) == 9_007_199_254_740_993)
    }

    @Test func aFractionalNumberIsNotAnInteger() {
        #expect(throws: BindingError.invalidType(value: "1.5", type: "int")) { try bind(Int.self, .number("1.5")) }
    }

    @Test func aFractionalStringIsNotAnInteger() {
        #expect(throws: BindingError.invalidType(value: "12.5", type: "int")) { try bind(Int.self, "12.5") }
    }

    @Test(arguments: ["abc", "12abc", "0x1A", "", " ", "1e", ".", "1 2"])
    func nonNumericStringsAreInvalidIntegers(text: String) {
        #expect(throws: BindingError.invalidType(value: text, type: "int")) { try bind(Int.self, .string(text)) }
    }

    @Test func aBooleanIsNotAnInteger() {
        #expect(throws: BindingError.invalidType(value: "1", type: "int")) { try bind(Int.self, true) }
    }

    @Test func anObjectIsNotAnIntegerAndPrintsAsArray() {
        #expect(throws: BindingError.invalidType(value: "array", type: "int")) { try bind(Int.self, ["a": 1]) }
    }

    @Test func anOutOfRangeIntegerIsInvalid() {
        #expect(throws: BindingError.invalidType(value: "300", type: "int")) { try bind(UInt8.self, "300") }
    }

    @Test func floatsAcceptNumericStrings() throws {
        #expect(try bind(Double.self, "1.5e3") == 1500)
        #expect(try bind(Float.self, " .5") == 0.5)
    }

    @Test func aNonNumericStringIsAnInvalidFloat() {
        #expect(throws: BindingError.invalidType(value: "cheap", type: "float")) { try bind(Double.self, "cheap") }
    }

    @Test func decimalsKeepTheExactValueOfANumber() throws {
        #expect(try bind(Decimal.self, .number("0.1")) == Decimal(string: "0.1"))
    }

    @Test func decimalsKeepTheExactValueOfANumericString() throws {
        #expect(try bind(Decimal.self, "12.50") == Decimal(string: "12.5"))
    }

    @Test func aNonNumericStringIsAnInvalidDecimal() {
        #expect(throws: BindingError.invalidType(value: "ten", type: "float")) { try bind(Decimal.self, "ten") }
    }

    @Test(arguments: [JSONValue.bool(true), .number("1"), "1", "true", "TRUE", "on", "Yes", " yes "])
    func theseValuesAreTrue(value: JSONValue) throws {
        #expect(try bind(Bool.self, value) == true)
    }

    @Test(arguments: [JSONValue.bool(false), .number("0"), .number("2"), "0", "false", "off", "no", "", "y", "1.0"])
    func everythingElseIsFalse(value: JSONValue) throws {
        #expect(try bind(Bool.self, value) == false)
    }

    @Test func stringsAcceptNumbersAsTheirText() throws {
        #expect(try bind(String.self, .number("12.50")) == "12.50")
    }

    @Test func stringsAcceptBooleansAsPHPPrintsThem() throws {
        #expect(try bind([String].self, [true, false]) == ["1", ""])
    }

    @Test func anArrayIsNotAString() {
        #expect(throws: BindingError.invalidType(value: "array", type: "string")) { try bind(String.self, ["a"]) }
    }
}
