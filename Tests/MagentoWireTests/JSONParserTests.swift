import MagentoWire
import Testing

@Suite struct JSONParserTests {
    @Test func objectKeysKeepTheirSourceOrder() throws {
        let value = try JSONValue.parse(#"{"z":1,"a":2,"m":3}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
    }

    @Test(arguments: ["12.50", "-0", "1E+2", "0.1", "12345678901234567890123", "-3.14e-10"])
    func numbersKeepTheirExactText(text: String) throws {
        #expect(try JSONValue.parse("[\(text)]") == .array([.number(text)]))
    }

    @Test func aBareStringIsAValidDocument() throws {
        #expect(try JSONValue.parse(#""token""#) == .string("token"))
    }

    @Test func bareLiteralsAreValidDocuments() throws {
        #expect(try JSONValue.parse("true") == .bool(true))
        #expect(try JSONValue.parse("false") == .bool(false))
        #expect(try JSONValue.parse("null") == .null)
    }

    @Test func whitespaceAroundTheValueIsAllowed() throws {
        #expect(try JSONValue.parse(" \n\t\r[ 1 , 2 ]\n ") == .array([.number("1"), .number("2")]))
    }

    @Test func simpleEscapesAreDecoded() throws {
        let value = try JSONValue.parse(#""\" \\ \/ \b \f \n \r \t""#)
        #expect(value == .string("\" \\ / \u{08} \u{0C} \n \r \t"))
    }

    @Test func unicodeEscapesAreDecoded() throws {
        #expect(try JSONValue.parse(#""caf\u00e9 \u20AC""#) == .string("café €"))
    }

    @Test func surrogatePairsCombineIntoOneScalar() throws {
        #expect(try JSONValue.parse(#""\ud83d\ude00""#) == .string("😀"))
    }

    @Test func aLoneHighSurrogateIsRejected() {
        #expect(throws: JSONParseError.unpairedSurrogate(offset: 1)) { try JSONValue.parse(#""\ud83d x""#) }
    }

    @Test func aLoneLowSurrogateIsRejected() {
        #expect(throws: JSONParseError.unpairedSurrogate(offset: 1)) { try JSONValue.parse(#""\ude00""#) }
    }

    @Test func anUnknownEscapeIsRejected() {
        #expect(throws: JSONParseError.invalidEscape(offset: 2)) { try JSONValue.parse(#""a\x""#) }
    }

    @Test func aShortUnicodeEscapeIsRejected() {
        #expect(throws: JSONParseError.invalidEscape(offset: 1)) { try JSONValue.parse(#""\u12G4""#) }
    }

    @Test func rawControlCharactersInStringsAreRejected() {
        #expect(throws: JSONParseError.controlCharacterInString(offset: 2)) { try JSONValue.parse("\"a\nb\"") }
    }

    @Test func invalidUTF8InStringsIsRejected() {
        let bytes: [UInt8] = [0x22, 0x61, 0xFF, 0x22]
        #expect(throws: JSONParseError.invalidUTF8(offset: 1)) { try JSONValue.parse(bytes) }
    }

    @Test func rawNonASCIITextIsAccepted() throws {
        #expect(try JSONValue.parse(#"{"name":"Größe 😀"}"#)["name"] == .string("Größe 😀"))
    }

    @Test(arguments: ["01", "1.", "-", ".5", "+1", "1e", "1e+", "-01", "0x10"])
    func malformedNumbersAreRejected(text: String) {
        #expect(throws: JSONParseError.self) { try JSONValue.parse(text) }
    }

    @Test func aLeadingZeroFollowedByDigitsIsAnInvalidNumber() {
        #expect(throws: JSONParseError.invalidNumber(offset: 1)) { try JSONValue.parse("[01]") }
    }

    @Test func aTrailingCommaInAnArrayIsRejected() {
        #expect(throws: JSONParseError.unexpectedByte(UInt8(ascii: "]"), offset: 3)) { try JSONValue.parse("[1,]") }
    }

    @Test func aTrailingCommaInAnObjectIsRejected() {
        #expect(throws: JSONParseError.unexpectedByte(UInt8(ascii: "}"), offset: 7)) {
            try JSONValue.parse(#"{"a":1,}"#)
        }
    }

    @Test func singleQuotedStringsAreRejected() {
        #expect(throws: JSONParseError.unexpectedByte(UInt8(ascii: "'"), offset: 0)) { try JSONValue.parse("'a'") }
    }

    @Test func unquotedKeysAreRejected() {
        #expect(throws: JSONParseError.unexpectedByte(UInt8(ascii: "a"), offset: 1)) { try JSONValue.parse("{a:1}") }
    }

    @Test func misspelledLiteralsAreRejected() {
        #expect(throws: JSONParseError.unexpectedByte(UInt8(ascii: "u"), offset: 1)) { try JSONValue.parse("tuue") }
    }

    @Test func dataAfterTheValueIsRejected() {
        #expect(throws: JSONParseError.trailingCharacters(offset: 2)) { try JSONValue.parse("1 2") }
    }

    @Test func emptyInputIsRejected() {
        #expect(throws: JSONParseError.unexpectedEnd) { try JSONValue.parse("  ") }
    }

    @Test func anUnterminatedStringIsRejected() {
        #expect(throws: JSONParseError.unexpectedEnd) { try JSONValue.parse(#"{"a":"b"#) }
    }

    @Test func nestingUpTo512LevelsIsAccepted() throws {
        let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        var value = try JSONValue.parse(text)
        var depth = 0
        while case .array(let elements) = value {
            depth += 1
            value = elements.first ?? .null
        }
        #expect(depth == 512)
    }

    @Test func nestingBeyond512LevelsIsRejected() {
        let text = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(throws: JSONParseError.tooDeep(offset: 512)) { try JSONValue.parse(text) }
    }

    @Test func objectsCountTowardsTheDepthLimit() {
        let text = String(repeating: #"{"a":"#, count: 513) + "1" + String(repeating: "}", count: 513)
        #expect(throws: JSONParseError.tooDeep(offset: 2560)) { try JSONValue.parse(text) }
    }

    @Test func aDuplicateKeyTakesTheLastValueAtTheFirstPosition() throws {
        let value = try JSONValue.parse(#"{"a":1,"b":2,"a":3}"#)
        #expect(value == .object(["a": .number("3"), "b": .number("2")]))
        #expect(value.objectValue?.keys == ["a", "b"])
    }

    @Test func nonContiguousCollectionsAreParsed() throws {
        let bytes = Array(#"{"k":[true]}"#.utf8).reversed().reversed()
        #expect(try JSONValue.parse(bytes) == .object(["k": .array([.bool(true)])]))
    }
}
